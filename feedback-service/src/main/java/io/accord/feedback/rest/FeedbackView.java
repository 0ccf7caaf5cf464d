package io.accord.feedback.rest;

import io.accord.feedback.Feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

public record FeedbackView(UUID id, UUID customerId, String channel, String category, Integer rating, String text,
        String orderRef, OffsetDateTime receivedAt) {

    public static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id, f.customerId, f.channel, f.category, f.rating, f.text, f.orderRef, f.receivedAt);
    }
}
