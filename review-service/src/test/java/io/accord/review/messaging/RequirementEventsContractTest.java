package io.accord.review.messaging;

import io.accord.requirements.events.RequirementAmended;
import io.accord.requirements.events.RequirementSubmitted;
import io.accord.review.RequirementSummary;
import io.accord.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code requirement.submitted} and {@code requirement.amended} as the requirements-service writes them (its
 * requirements-events records), read into this service's read models: every field the routing reads must be there.
 */
class RequirementEventsContractTest {

    private static final UUID REQUIREMENT = UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");
    private static final OffsetDateTime RESOLVED_AT = OffsetDateTime.parse("2026-04-16T09:30:00Z");
    private static final OffsetDateTime CONFIRMED_AT = OffsetDateTime.parse("2026-04-17T10:00:00Z");

    @Test
    void aSubmittedRequirementIsReadWithEveryRoutingFact() {
        SubmittedRequirement read = EventContracts.read(submitted(2), SubmittedRequirement.class);

        assertEquals(new BigDecimal("1250.50"), read.value());
        assertEquals(List.of("STATUTORY", "CUSTOMER_PROPERTY"), read.summary().categories());
    }

    @Test
    void aSubmittedRequirementCarriesWhatTheReviewRecordShows() {
        RequirementSummary summary = EventContracts.read(submitted(2), SubmittedRequirement.class).summary();

        assertEquals("HT-2026-017", summary.externalRef());
        assertEquals("PO-4711", summary.erpOrderNo());
        assertEquals("Shanghai plant", summary.deliveryPlace());
        assertEquals("DAP", summary.deliveryTerms());
        assertEquals(new RequirementSummary.Line("STATUTORY", "符合 GB 150 压力容器标准", "GB 150-2011"), summary.lines().get(0));
        assertEquals("Q-2026-03", summary.quotationRef());
        assertEquals(new RequirementSummary.Discrepancy("PRICE:P-100", "PRICE", "P-100", "240 EUR", "250.10 EUR",
                "customer accepted the new price", "li.sales", RESOLVED_AT), summary.discrepancies().get(0));
        assertTrue(summary.unwritten());
        assertEquals(new RequirementSummary.Confirmation("FAX", "Mr Wang", "FAX-0417", "li.sales", CONFIRMED_AT),
                summary.confirmation());
    }

    @Test
    void aSubmissionWrittenBeforeTheRecordsFieldsStillOpensAReview() throws Exception {
        String before = "{\"requirementId\":\"" + REQUIREMENT + "\",\"revision\":1,\"totalValue\":\"10\",\"items\":[]}";
        SubmittedRequirement read = EventContracts.SERVICE_MAPPER.readValue(before, SubmittedRequirement.class);

        assertEquals(List.of(), read.summary().lines());
        assertNull(read.summary().confirmation());
    }

    @Test
    void anAmendedRequirementIsReadWithItsChangedPathsAndTheNewRevisionsFacts() {
        RequirementAmended amended = new RequirementAmended(REQUIREMENT, 3, 2, "more pieces",
                List.of("items[0].quantity", "delivery.dueDate"), submitted(3));

        AmendedRequirement read = EventContracts.read(amended, AmendedRequirement.class);

        assertEquals(List.of("items[0].quantity", "delivery.dueDate"), read.toCommand().changedPaths());
        assertEquals(3, read.current().toCommand().revision());
    }

    /** Every field filled, so that one the consumer reads and the producer no longer writes shows. */
    private static RequirementSubmitted submitted(int revision) {
        return new RequirementSubmitted(REQUIREMENT, revision, UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11"),
                "ACME", true, "TENDER", "pumps", "1250.50", "EUR",
                new LinkedHashSet<>(List.of("STATUTORY", "CUSTOMER_PROPERTY")), List.of("INSTALLATION", "TRAINING"), true,
                "30 days net",
                List.of(new RequirementSubmitted.Item("P-100", "pump", "DN50 stainless", new BigDecimal("5"), "pcs",
                        new BigDecimal("250.10"), "EUR", true)),
                new RequirementSubmitted.Delivery(LocalDate.of(2026, 6, 30), "Shanghai plant", "DAP"),
                new RequirementSubmitted.Clarification("delivered DAP Shanghai plant", "li.na",
                        OffsetDateTime.parse("2026-05-02T08:00:00Z")), "HT-2026-017", "PO-4711",
                List.of(new RequirementSubmitted.Line("STATUTORY", "符合 GB 150 压力容器标准", "GB 150-2011"),
                        new RequirementSubmitted.Line("CUSTOMER_PROPERTY", "drawings returned after delivery", "DWG-7")),
                "Q-2026-03",
                List.of(new RequirementSubmitted.Discrepancy("PRICE:P-100", "PRICE", "P-100", "240 EUR", "250.10 EUR",
                        new RequirementSubmitted.Resolution("customer accepted the new price", "li.sales", RESOLVED_AT))),
                true, new RequirementSubmitted.Confirmation("FAX", "Mr Wang", "FAX-0417", "li.sales", CONFIRMED_AT));
    }
}
