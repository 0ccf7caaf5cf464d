package io.accord.feedback.service;

import io.accord.feedback.FeedbackCategory;
import io.accord.feedback.FeedbackChannel;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Record a customer's feedback; {@code receivedAt} when it came in earlier than it is recorded. */
public record RecordFeedbackCommand(UUID customerId, FeedbackChannel channel, FeedbackCategory category, Integer rating,
        String text, String orderRef, OffsetDateTime receivedAt) {
}
