package io.accord.feedback.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * The part of the complaint-service's {@code complaint.closed} this service reads (tolerant reader: other fields are
 * ignored; SurveyOccasionsContractTest checks these against the producer's payload).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClosedComplaint(UUID complaintId, UUID customerId) {
}
