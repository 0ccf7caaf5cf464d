package io.accord.complaint.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/complaints/{id}/customer-confirmation}: accepted closes, refused reopens. */
public record CustomerConfirmationRequest(@NotNull Boolean accepted, @Size(max = 4000) String comment) {
}
