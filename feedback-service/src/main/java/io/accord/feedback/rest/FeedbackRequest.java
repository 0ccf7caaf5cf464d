package io.accord.feedback.rest;

import io.accord.feedback.FeedbackCategory;
import io.accord.feedback.FeedbackChannel;
import io.accord.feedback.service.RecordFeedbackCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Body of {@code POST /api/v1/feedback}. A rating is optional; a text or a rating must say something. */
public record FeedbackRequest(
        @NotNull UUID customerId,
        @NotNull FeedbackChannel channel,
        @NotNull FeedbackCategory category,
        @Min(1) @Max(5) Integer rating,
        @Size(max = 4000) String text,
        @Size(max = 100) String orderRef,
        @PastOrPresent OffsetDateTime receivedAt) {

    RecordFeedbackCommand toCommand() {
        return new RecordFeedbackCommand(customerId, channel, category, rating, text, orderRef, receivedAt);
    }
}
