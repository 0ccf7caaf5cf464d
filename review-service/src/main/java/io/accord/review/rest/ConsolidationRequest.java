package io.accord.review.rest;

import io.accord.review.service.ConsolidateReviewCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The sales manager's terms checks (applicable, complete, clear, discrepancies resolved). */
public record ConsolidationRequest(@NotNull Boolean termsApplicable, @NotNull Boolean termsComplete,
        @NotNull Boolean termsClear, @NotNull Boolean discrepanciesResolved, @Size(max = 4000) String comment) {

    public ConsolidateReviewCommand toCommand() {
        return new ConsolidateReviewCommand(termsApplicable, termsComplete, termsClear, discrepanciesResolved, comment);
    }
}
