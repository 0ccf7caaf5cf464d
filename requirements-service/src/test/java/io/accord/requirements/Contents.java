package io.accord.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Requirement contents for plain unit tests: one pump housing line, due 2027-03-01, optionally against a quotation. */
final class Contents {

    static final LocalDate DUE = LocalDate.parse("2027-03-01");

    private Contents() {
    }

    static RequirementContent.Item item(String productCode, String quantity, String unitPrice) {
        return new RequirementContent.Item(productCode, "pump housing", "GB/T 1234", new BigDecimal(quantity), "pcs",
                new BigDecimal(unitPrice), "CNY", false);
    }

    static RequirementContent.QuotedItem quoted(String productCode, String quantity, String unitPrice) {
        return new RequirementContent.QuotedItem(productCode, "GB/T 1234", new BigDecimal(quantity), new BigDecimal(unitPrice), "CNY");
    }

    static RequirementContent content(List<RequirementContent.Item> items) {
        return content(items, null);
    }

    static RequirementContent content(List<RequirementContent.Item> items, RequirementContent.Quotation quotation) {
        return new RequirementContent("Pump housings 2027", "PO-1", items, new RequirementContent.Delivery(DUE, "Wuxi", "DAP"),
                List.of(ServiceKind.TRANSPORT), List.of(new RequirementContent.Line(RequirementCategory.STATUTORY, "meets GB 150", "GB 150")),
                quotation == null ? null : "Q-1", quotation, false, "30 days net");
    }

    /** The usual capture: 100 × PH-200 at 12.50 CNY, no quotation to compare with. */
    static RequirementContent pumps() {
        return content(List.of(item("PH-200", "100", "12.50")));
    }
}
