package io.accord.review.rest;

import io.accord.review.Risk;
import io.accord.review.service.AssessRiskCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RiskRequest(@NotNull Risk.Category category, @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact, @Size(max = 4000) String mitigation) {

    public AssessRiskCommand toCommand() {
        return new AssessRiskCommand(category, likelihood, impact, mitigation);
    }
}
