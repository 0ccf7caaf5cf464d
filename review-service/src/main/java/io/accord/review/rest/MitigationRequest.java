package io.accord.review.rest;

import io.accord.review.service.MitigateRiskCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record MitigationRequest(@NotBlank @Size(max = 4000) String mitigation) {

    public MitigateRiskCommand toCommand() {
        return new MitigateRiskCommand(mitigation);
    }
}
