package io.accord.requirements.rest;

import io.accord.requirements.service.ResolveDiscrepancyCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/{id}/discrepancies/{key}/resolution}. */
public record ResolutionRequest(@NotBlank @Size(max = 2000) String note) {

    ResolveDiscrepancyCommand toCommand() {
        return new ResolveDiscrepancyCommand(note);
    }
}
