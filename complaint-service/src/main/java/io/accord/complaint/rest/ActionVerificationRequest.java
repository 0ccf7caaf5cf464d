package io.accord.complaint.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/corrective-actions/{id}/verification}: effective, or to be implemented again. */
public record ActionVerificationRequest(@NotNull Boolean effective, @NotBlank @Size(max = 8000) String note) {
}
