package io.accord.requirements.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the review needs to route a revision without calling back. {@code source}, {@code categories} and
 * {@code services} are names of the service's {@code RequirementSource}, {@code RequirementCategory} and
 * {@code ServiceKind}; {@code totalValue} is a plain decimal number in {@code currency}. {@code clarification} is
 * present when a record the review sent back for clarification is submitted again at the same revision: the review
 * then opens its next round.
 */
public record RequirementSubmitted(UUID requirementId, int revision, UUID customerId, String customerCode,
        boolean newCustomer, String source, String title, String totalValue, String currency,
        Set<String> categories, List<String> services, boolean highRisk, String paymentTerms,
        List<Item> items, Delivery delivery, Clarification clarification) {

    /** A first submission (no clarification). */
    public RequirementSubmitted(UUID requirementId, int revision, UUID customerId, String customerCode, boolean newCustomer,
            String source, String title, String totalValue, String currency, Set<String> categories, List<String> services,
            boolean highRisk, String paymentTerms, List<Item> items, Delivery delivery) {
        this(requirementId, revision, customerId, customerCode, newCustomer, source, title, totalValue, currency, categories,
                services, highRisk, paymentTerms, items, delivery, null);
    }

    /** {@code customSpecification}: a new or customer-specific design, which the technical department must review. */
    public record Item(String productCode, String description, String specification, BigDecimal quantity, String unit,
            BigDecimal unitPrice, String currency, boolean customSpecification) {
    }

    public record Delivery(LocalDate dueDate, String place, String terms) {
    }

    /** What the customer (or sales) clarified, who submitted it and when. */
    public record Clarification(String text, String by, OffsetDateTime at) {
    }
}
