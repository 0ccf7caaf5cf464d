package io.accord.requirements.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the review needs to route a revision without calling back. {@code source}, {@code categories} and
 * {@code services} are names of the service's {@code RequirementSource}, {@code RequirementCategory} and
 * {@code ServiceKind}; {@code totalValue} is a plain decimal number in {@code currency}.
 */
public record RequirementSubmitted(UUID requirementId, int revision, UUID customerId, String customerCode,
        boolean newCustomer, String source, String title, String totalValue, String currency,
        Set<String> categories, List<String> services, boolean highRisk, String paymentTerms,
        List<Item> items, Delivery delivery) {

    /** {@code customSpecification}: a new or customer-specific design, which the technical department must review. */
    public record Item(String productCode, String description, String specification, BigDecimal quantity, String unit,
            BigDecimal unitPrice, String currency, boolean customSpecification) {
    }

    public record Delivery(LocalDate dueDate, String place, String terms) {
    }
}
