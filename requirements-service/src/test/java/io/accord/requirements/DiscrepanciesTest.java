package io.accord.requirements;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static io.accord.requirements.Contents.content;
import static io.accord.requirements.Contents.item;
import static io.accord.requirements.Contents.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the customer now asks compared with what was quoted, line by line (by product code) and by delivery date. */
class DiscrepanciesTest {

    private static final Discrepancy.Resolution AGREED = new Discrepancy.Resolution("agreed by phone", "li.na",
            OffsetDateTime.parse("2026-03-01T08:00:00Z"));

    @Test
    void withoutAQuotationThereIsNothingToCompare() {
        assertEquals(List.of(), Discrepancies.of(content(List.of(item("PH-200", "100", "12.50"))), List.of()));
    }

    @Test
    void aCaptureMatchingItsQuotationHasNoDiscrepancies() {
        assertEquals(List.of(), of(List.of(item("PH-200", "100", "12.50")), List.of(quoted("PH-200", "100", "12.50"))));
    }

    @Test
    void amountsAreComparedByValueNotByHowManyDecimalsWereSent() {
        assertEquals(List.of(), of(List.of(item("PH-200", "100.000", "12.5")), List.of(quoted("PH-200", "100", "12.50"))));
    }

    @Test
    void aDifferentPriceIsShownAsQuotedAndRequestedMoney() {
        Discrepancy d = single(of(List.of(item("PH-200", "100", "13.00")), List.of(quoted("PH-200", "100", "12.50"))));

        assertEquals("PRICE:PH-200", d.key());
        assertEquals(Discrepancy.Kind.PRICE, d.kind());
        assertEquals("12.5 CNY", d.quoted());
        assertEquals("13 CNY", d.requested());
        assertNull(d.resolution());
    }

    @Test
    void anotherCurrencyAtTheSameAmountIsAPriceDiscrepancy() {
        RequirementContent.QuotedItem inDollars = new RequirementContent.QuotedItem("PH-200", "GB/T 1234", new BigDecimal("100"),
                new BigDecimal("12.50"), "USD");

        Discrepancy d = single(of(List.of(item("PH-200", "100", "12.50")), List.of(inDollars)));

        assertEquals("12.5 USD", d.quoted());
        assertEquals("12.5 CNY", d.requested());
    }

    @Test
    void aDifferentQuantityAndSpecificationAreEachADiscrepancy() {
        RequirementContent.Item other = new RequirementContent.Item("PH-200", "pump housing", "GB/T 9999", new BigDecimal("120"),
                "pcs", new BigDecimal("12.50"), "CNY", false);

        List<Discrepancy> found = of(List.of(other), List.of(quoted("PH-200", "100", "12.50")));

        assertEquals(List.of("QUANTITY:PH-200", "SPECIFICATION:PH-200"), found.stream().map(Discrepancy::key).toList());
        assertEquals("100", found.get(0).quoted());
        assertEquals("120", found.get(0).requested());
        assertEquals("GB/T 9999", found.get(1).requested());
    }

    @Test
    void aQuotationWithoutSpecificationOrPriceDoesNotFlagThem() {
        RequirementContent.QuotedItem loose = new RequirementContent.QuotedItem("PH-200", null, null, null, "CNY");

        assertEquals(List.of(), of(List.of(item("PH-200", "100", "12.50")), List.of(loose)));
    }

    @Test
    void aProductNotQuotedAndAQuotedProductNotRequestedAreBothFlagged() {
        List<Discrepancy> found = of(List.of(item("PH-300", "1", "10")), List.of(quoted("PH-200", "100", "12.50")));

        assertEquals(2, found.size());
        Discrepancy extra = found.get(0);
        assertEquals("PRODUCT:PH-300", extra.key());
        assertEquals("not quoted", extra.quoted());
        Discrepancy missing = found.get(1);
        assertEquals("PRODUCT:PH-200", missing.key());
        assertEquals("not requested", missing.requested());
    }

    @Test
    void aDeliveryDateOtherThanTheQuotedOneIsADiscrepancy() {
        RequirementContent.Quotation quotation = new RequirementContent.Quotation(List.of(quoted("PH-200", "100", "12.50")),
                LocalDate.parse("2027-02-01"));

        Discrepancy d = single(Discrepancies.of(content(List.of(item("PH-200", "100", "12.50")), quotation), List.of()));

        assertEquals("DELIVERY_DATE:-", d.key());
        assertEquals("2027-02-01", d.quoted());
        assertEquals(Contents.DUE.toString(), d.requested());
    }

    @Test
    void aResolutionStaysWithADifferenceThatAnAmendmentLeftUnchanged() {
        List<Discrepancy> before = resolveAll(of(List.of(item("PH-200", "100", "13.00")), List.of(quoted("PH-200", "100", "12.50"))));

        // the amendment sends the same price again (13.0 is 13.00): the price difference stays settled
        List<Discrepancy> after = Discrepancies.of(content(List.of(item("PH-200", "100", "13.0")),
                new RequirementContent.Quotation(List.of(quoted("PH-200", "100", "12.50")), null)), before);

        assertEquals(AGREED, single(after).resolution());
    }

    @Test
    void aResolutionIsDroppedWhenTheDifferenceItSettledChanged() {
        List<Discrepancy> before = resolveAll(of(List.of(item("PH-200", "100", "13.00")), List.of(quoted("PH-200", "100", "12.50"))));

        List<Discrepancy> after = Discrepancies.of(content(List.of(item("PH-200", "100", "14.00")),
                new RequirementContent.Quotation(List.of(quoted("PH-200", "100", "12.50")), null)), before);

        assertNull(single(after).resolution(), "13 was agreed, 14 was not");
    }

    @Test
    void twoLinesOfAnUnquotedProductAreOneDiscrepancyThatOneResolutionSettles() {
        // keys identify a difference; two with the same key could never both be resolved, and the record never submitted
        List<Discrepancy> found = of(List.of(item("PH-300", "1", "10"), item("PH-300", "2", "10")),
                List.of(quoted("PH-200", "100", "12.50")));

        List<String> keys = found.stream().map(Discrepancy::key).toList();
        assertEquals(keys.stream().distinct().toList(), keys, "keys are unique: " + keys);
        assertTrue(keys.contains("PRODUCT:PH-300"));
    }

    private static List<Discrepancy> of(List<RequirementContent.Item> items, List<RequirementContent.QuotedItem> quotation) {
        return Discrepancies.of(content(items, new RequirementContent.Quotation(quotation, null)), List.of());
    }

    private static List<Discrepancy> resolveAll(List<Discrepancy> found) {
        return found.stream().map(d -> d.resolved(AGREED)).toList();
    }

    private static Discrepancy single(List<Discrepancy> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
