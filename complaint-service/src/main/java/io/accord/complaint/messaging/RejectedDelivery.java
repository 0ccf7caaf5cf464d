package io.accord.complaint.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The part of the requirements-service's {@code requirement.delivery-rejected} this service reads (tolerant reader;
 * {@code category} stays a string: one this service does not know opens the complaint as OTHER;
 * RequirementEventsContractTest checks these against the producer's payload).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RejectedDelivery(UUID requirementId, UUID customerId, String orderRef, String title, Integer deliveryNumber,
        String reference, List<Line> lines, String category, String reason) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String productCode, BigDecimal quantity) {
    }
}
