package io.accord.requirements.rest;

import io.accord.requirements.service.RegisterCustomerCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of {@code POST /api/v1/customers}: mail goes to the first contact with an e-mail, in {@code language} (absent:
 * the default language); {@code surveysOptOut} true sends the customer no survey invitation.
 */
public record CustomerRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{accord.customer-code}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) List<@Valid ContactRequest> contacts,
        @Pattern(regexp = CustomerView.LANGUAGES, message = "{accord.customer-language}") String language,
        Boolean surveysOptOut) {

    RegisterCustomerCommand toCommand() {
        return new RegisterCustomerCommand(code, name, ContactRequest.toContacts(contacts), language,
                Boolean.TRUE.equals(surveysOptOut));
    }
}
