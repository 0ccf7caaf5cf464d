package io.accord.complaint.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.accord.complaint.ComplaintCategory;

import java.util.Arrays;
import java.util.UUID;

/**
 * The part of the feedback-service's {@code feedback.escalated} this service reads (tolerant reader: other fields are
 * ignored; FeedbackEventsContractTest checks these against the producer's payload).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalatedFeedback(UUID feedbackId, UUID customerId, String category, Integer rating, String text, String orderRef) {

    /**
     * The complaint category of the same name. A category the feedback-service adds later is not refused (the
     * customer's complaint must still be opened): it counts as {@code OTHER} until this service knows it.
     */
    public ComplaintCategory complaintCategory() {
        return Arrays.stream(ComplaintCategory.values()).filter(c -> c.name().equals(category)).findFirst()
                .orElse(ComplaintCategory.OTHER);
    }
}
