package io.accord.requirements.rest;

import io.accord.requirements.CustomerProperty;
import io.accord.requirements.service.VerifyPropertyCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/customer-property/{id}/verification}. */
public record VerificationRequest(@NotNull CustomerProperty.VerificationResult result, @Size(max = 2000) String notes) {

    VerifyPropertyCommand toCommand() {
        return new VerifyPropertyCommand(result, notes);
    }
}
