package io.accord.feedback.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The part of {@code requirement.delivered} and {@code complaint.closed} this service reads (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OccasionEvent(UUID requirementId, UUID complaintId, UUID customerId) {
}
