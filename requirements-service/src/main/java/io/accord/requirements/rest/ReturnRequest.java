package io.accord.requirements.rest;

import io.accord.requirements.service.ReturnPropertyCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/customer-property/{id}/return}. */
public record ReturnRequest(@NotBlank @Size(max = 200) String returnedTo, @Size(max = 200) String reference,
        @Size(max = 2000) String note) {

    ReturnPropertyCommand toCommand() {
        return new ReturnPropertyCommand(returnedTo, reference, note);
    }
}
