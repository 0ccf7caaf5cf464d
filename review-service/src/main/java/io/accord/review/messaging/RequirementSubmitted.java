package io.accord.review.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** The fields of the requirements-service's {@code requirement.submitted} this service routes on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequirementSubmitted(UUID requirementId, Integer revision, UUID customerId, String customerCode,
        boolean newCustomer, String source, String title, String totalValue, String currency, List<String> categories,
        List<String> services, boolean highRisk) {
}
