package io.accord.review;

import java.util.List;
import java.util.UUID;

/** What the review knows of the requirement revision it reviews, copied from {@code requirement.submitted}. */
public record RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
        String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
        String paymentTerms, List<ItemSummary> items, String dueDate) {

    /** One item as the review form shows it. */
    public record ItemSummary(String productCode, String description, String specification, String quantity, String unit,
            String unitPrice, String currency, boolean customSpecification) {
    }
}
