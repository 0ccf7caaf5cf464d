package io.accord.review.rest;

import io.accord.review.Decision;
import io.accord.review.service.DecideReviewCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DecisionRequest(@NotNull Decision decision, @Size(max = 4000) String comment,
        @Size(max = 4000) String overrideReason) {

    public DecideReviewCommand toCommand() {
        return new DecideReviewCommand(decision, comment, overrideReason);
    }
}
