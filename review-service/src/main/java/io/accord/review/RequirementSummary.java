package io.accord.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the review knows of the requirement revision it reviews, copied from {@code requirement.submitted} (or the
 * amendment's {@code current}): what it routes on and everything the review record (产品要求评审表 / 订单确认表) shows.
 * Stored as JSON with the review; reviews opened before issue 13 have only the first thirteen components (the others
 * read as null), because the events of that time did not carry them.
 */
public record RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
        String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
        String paymentTerms, List<ItemSummary> items, String dueDate, String externalRef, String erpOrderNo,
        String deliveryPlace, String deliveryTerms, List<Line> lines, String quotationRef, List<Discrepancy> discrepancies,
        boolean unwritten, Confirmation confirmation) {

    /** The facts routing reads, as reviews opened before the record's own fields were carried knew them. */
    public RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
            String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
            String paymentTerms, List<ItemSummary> items, String dueDate) {
        this(customerId, customerCode, newCustomer, source, title, totalValue, currency, categories, services, highRisk,
                paymentTerms, items, dueDate, null, null, null, null, null, null, null, false, null);
    }

    /** One item as the review form shows it. */
    public record ItemSummary(String productCode, String description, String specification, String quantity, String unit,
            String unitPrice, String currency, boolean customSpecification) {
    }

    /** One stated, implied, statutory, customer-property, emergency or company requirement. */
    public record Line(String category, String text, String reference) {
    }

    /** A difference from the quotation and its resolution (all three resolution fields null while unresolved). */
    public record Discrepancy(String key, String kind, String productCode, String quoted, String requested,
            String resolutionNote, String resolvedBy, OffsetDateTime resolvedAt) {
    }

    /** How the customer confirmed a requirement not given in writing (PROCESS.md §1.2). */
    public record Confirmation(String method, String confirmedBy, String reference, String recordedBy,
            OffsetDateTime recordedAt) {
    }
}
