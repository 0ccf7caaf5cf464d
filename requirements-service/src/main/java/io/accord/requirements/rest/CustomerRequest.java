package io.accord.requirements.rest;

import io.accord.requirements.service.RegisterCustomerCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/customers}. */
public record CustomerRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{accord.customer-code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) List<@Valid ContactRequest> contacts) {

    RegisterCustomerCommand toCommand() {
        return new RegisterCustomerCommand(code, name, ContactRequest.toContacts(contacts));
    }
}
