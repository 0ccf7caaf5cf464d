package io.accord.requirements.rest;

import io.accord.requirements.service.CancelRequirementCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/{id}/cancellation}. */
public record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {

    CancelRequirementCommand toCommand() {
        return new CancelRequirementCommand(reason);
    }
}
