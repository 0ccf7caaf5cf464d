package io.accord.review;

import java.util.List;
import java.util.UUID;

/** What the review knows of the requirement revision it reviews, copied from {@code requirement.submitted}. */
public record RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
        String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk) {
}
