package io.accord.requirements.rest;

import io.accord.requirements.service.UpdateCustomerCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code PATCH /api/v1/customers/{id}}: absent fields stay as they are. */
public record CustomerUpdateRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{accord.not-blank}") String name,
        @Size(max = 20) List<@Valid ContactRequest> contacts,
        @Pattern(regexp = CustomerView.LANGUAGES, message = "{accord.customer-language}") String language,
        Boolean surveysOptOut) {

    UpdateCustomerCommand toCommand() {
        return new UpdateCustomerCommand(name, ContactRequest.toContacts(contacts), language, surveysOptOut);
    }
}
