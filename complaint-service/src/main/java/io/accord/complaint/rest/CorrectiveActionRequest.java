package io.accord.complaint.rest;

import io.accord.complaint.service.OpenCorrectiveActionCommand;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/complaints/{id}/corrective-actions}: what is to be done, by whom, by when. */
public record CorrectiveActionRequest(
        @NotBlank @Size(max = 8000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull @FutureOrPresent LocalDate dueDate) {

    OpenCorrectiveActionCommand toCommand() {
        return new OpenCorrectiveActionCommand(description, owner, dueDate);
    }
}
