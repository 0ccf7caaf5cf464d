package io.accord.feedback.rest;

import io.accord.feedback.Feedback;
import io.accord.feedback.FeedbackCategory;
import io.accord.feedback.FeedbackChannel;

import java.time.OffsetDateTime;
import java.util.UUID;

public record FeedbackView(UUID id, UUID customerId, FeedbackChannel channel, FeedbackCategory category, Integer rating,
        String text, String orderRef, OffsetDateTime receivedAt, OffsetDateTime recordedAt, String recordedBy,
        boolean escalated) {

    public static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id, f.customerId, f.channel, f.category, f.rating, f.text, f.orderRef, f.receivedAt,
                f.recordedAt, f.recordedBy, f.escalated);
    }
}
