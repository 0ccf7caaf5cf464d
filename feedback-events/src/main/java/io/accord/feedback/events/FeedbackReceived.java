package io.accord.feedback.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code feedback.received} and {@code feedback.escalated}: the feedback as recorded. {@code channel} and
 * {@code category} are names of the service's {@code FeedbackChannel} and {@code FeedbackCategory}.
 */
public record FeedbackReceived(UUID feedbackId, UUID customerId, String channel, String category,
        Integer rating, String text, String orderRef, OffsetDateTime receivedAt) {
}
