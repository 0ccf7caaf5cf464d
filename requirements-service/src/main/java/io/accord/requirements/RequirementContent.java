package io.accord.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The captured content of one revision: what the customer asks for. Immutable; an amendment makes a new one. */
public record RequirementContent(String title, String externalRef, List<Item> items, Delivery delivery,
        List<ServiceKind> services, List<Line> requirements, String quotationRef, Quotation quotation, boolean highRisk,
        String paymentTerms) {

    /** What the company quoted (or tendered) earlier; the capture is checked against it for discrepancies. */
    public record Quotation(List<QuotedItem> items, LocalDate deliveryDate) {
    }

    public record QuotedItem(String productCode, String specification, BigDecimal quantity, BigDecimal unitPrice,
            String currency) {
    }

    /**
     * {@code customSpecification}: a new or customer-specific design, which the technical department must review.
     * {@code acceptanceCriteria}: how the customer will accept the delivered item (inspection, test, documents: seed
     * 3.3.1), agreed at capture or by amendment; null when none were stated.
     */
    public record Item(String productCode, String description, String specification, BigDecimal quantity, String unit,
            BigDecimal unitPrice, String currency, boolean customSpecification, String acceptanceCriteria) {

        /** An item without stated acceptance criteria. */
        public Item(String productCode, String description, String specification, BigDecimal quantity, String unit,
                BigDecimal unitPrice, String currency, boolean customSpecification) {
            this(productCode, description, specification, quantity, unit, unitPrice, currency, customSpecification, null);
        }

        public BigDecimal value() {
            return unitPrice == null || quantity == null ? BigDecimal.ZERO : unitPrice.multiply(quantity);
        }
    }

    public record Delivery(LocalDate dueDate, String place, String terms) {
    }

    public record Line(RequirementCategory category, String text, String reference) {
    }

    public BigDecimal totalValue() {
        return items == null ? BigDecimal.ZERO : items.stream().map(Item::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The single currency of the items, or null when there are none or they differ. */
    public String currency() {
        if (items == null || items.isEmpty()) {
            return null;
        }
        String first = items.get(0).currency();
        return items.stream().allMatch(i -> first != null && first.equals(i.currency())) ? first : null;
    }
}
