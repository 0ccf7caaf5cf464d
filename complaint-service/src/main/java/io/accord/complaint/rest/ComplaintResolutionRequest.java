package io.accord.complaint.rest;

import io.accord.complaint.Remedy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/complaints/{id}/resolution}: what was done and the remedy offered. */
public record ComplaintResolutionRequest(@NotBlank @Size(max = 8000) String summary, @NotNull Remedy remedy) {
}
