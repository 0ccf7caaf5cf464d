package io.accord.complaint.rest;

import io.accord.complaint.Remedy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the complaint's lifecycle actions. */
public final class ComplaintBodies {

    private ComplaintBodies() {
    }

    public record Investigation(@NotBlank @Size(max = 8000) String rootCause, @NotBlank @Size(max = 8000) String containment) {
    }

    public record Resolution(@NotBlank @Size(max = 8000) String summary, @NotNull Remedy remedy) {
    }

    public record CustomerConfirmation(@NotNull Boolean accepted, @Size(max = 4000) String comment) {
    }

    public record Withdrawal(@NotBlank @Size(max = 4000) String reason) {
    }

    public record Implementation(@NotBlank @Size(max = 8000) String note) {
    }

    public record Verification(@NotNull Boolean effective, @NotBlank @Size(max = 8000) String note) {
    }
}
