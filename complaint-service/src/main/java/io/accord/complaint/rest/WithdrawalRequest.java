package io.accord.complaint.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/complaints/{id}/withdrawal}. */
public record WithdrawalRequest(@NotBlank @Size(max = 4000) String reason) {
}
