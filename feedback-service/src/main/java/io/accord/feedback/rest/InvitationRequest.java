package io.accord.feedback.rest;

import io.accord.feedback.service.InviteCustomerCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Body of {@code POST /api/v1/surveys/{id}/invitations}; the invitation is valid {@code validDays} (30 if absent). */
public record InvitationRequest(@NotNull UUID customerId, @Size(max = 200) String context, @Min(1) @Max(365) Integer validDays) {

    InviteCustomerCommand toCommand() {
        return new InviteCustomerCommand(customerId, context, validDays);
    }
}
