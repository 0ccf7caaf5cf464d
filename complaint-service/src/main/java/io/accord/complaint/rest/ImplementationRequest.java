package io.accord.complaint.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/corrective-actions/{id}/implementation}. */
public record ImplementationRequest(@NotBlank @Size(max = 8000) String note) {
}
