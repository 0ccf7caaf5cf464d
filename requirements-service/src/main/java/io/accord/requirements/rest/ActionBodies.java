package io.accord.requirements.rest;

import io.accord.requirements.Confirmation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the lifecycle actions on a requirement record. */
public final class ActionBodies {

    private ActionBodies() {
    }

    public record ConfirmationRequest(@NotNull Confirmation.Method method, @NotBlank @Size(max = 200) String confirmedBy,
            @NotBlank @Size(max = 200) String reference) {
    }

    public record ResolutionRequest(@NotBlank @Size(max = 2000) String note) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record DeliveryRequest(@Size(max = 200) String reference, @Size(max = 2000) String note) {
    }
}
