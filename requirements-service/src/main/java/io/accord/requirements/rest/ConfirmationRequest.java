package io.accord.requirements.rest;

import io.accord.requirements.Confirmation;
import io.accord.requirements.service.ConfirmRequirementCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/{id}/confirmations}: how the customer confirmed an unwritten requirement. */
public record ConfirmationRequest(@NotNull Confirmation.Method method, @NotBlank @Size(max = 200) String confirmedBy,
        @NotBlank @Size(max = 200) String reference) {

    ConfirmRequirementCommand toCommand() {
        return new ConfirmRequirementCommand(method, confirmedBy, reference);
    }
}
