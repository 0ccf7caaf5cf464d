package io.accord.feedback.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * The part of the requirements-service's {@code requirement.delivered} this service reads (tolerant reader: other
 * fields are ignored; SurveyOccasionsContractTest checks these against the producer's payload).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveredRequirement(UUID requirementId, UUID customerId) {
}
