package io.accord.complaint.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/complaints/{id}/investigation}: the root cause found and the containment taken. */
public record InvestigationRequest(@NotBlank @Size(max = 8000) String rootCause,
        @NotBlank @Size(max = 8000) String containment) {
}
