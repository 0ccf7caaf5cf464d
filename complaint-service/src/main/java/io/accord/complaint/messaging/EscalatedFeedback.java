package io.accord.complaint.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The part of {@code feedback.escalated} this service reads (tolerant reader: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalatedFeedback(UUID feedbackId, UUID customerId, String category, Integer rating, String text, String orderRef) {
}
