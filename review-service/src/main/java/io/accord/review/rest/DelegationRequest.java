package io.accord.review.rest;

import io.accord.review.service.DelegateTaskCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** To whom a department's review task goes ({@code to}: a user id of the department, not the caller) and why. */
public record DelegationRequest(@NotBlank @Size(max = 255) String to, @Size(max = 2000) String reason) {

    public DelegateTaskCommand toCommand() {
        return new DelegateTaskCommand(to.strip(), reason);
    }
}
