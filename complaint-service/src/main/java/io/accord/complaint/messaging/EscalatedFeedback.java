package io.accord.complaint.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * The part of the feedback-service's {@code feedback.escalated} this service reads (tolerant reader: other fields are
 * ignored, and {@code category} stays a string, so a category added upstream is carried, not refused;
 * FeedbackEventsContractTest checks these against the producer's payload).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalatedFeedback(UUID feedbackId, UUID customerId, String category, Integer rating, String text, String orderRef) {
}
