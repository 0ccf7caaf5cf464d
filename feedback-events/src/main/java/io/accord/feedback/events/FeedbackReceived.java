package io.accord.feedback.events;

import io.accord.feedback.FeedbackCategory;
import io.accord.feedback.FeedbackChannel;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code feedback.received} and {@code feedback.escalated}: the feedback as recorded. */
public record FeedbackReceived(UUID feedbackId, UUID customerId, FeedbackChannel channel, FeedbackCategory category,
        Integer rating, String text, String orderRef, OffsetDateTime receivedAt) {
}
