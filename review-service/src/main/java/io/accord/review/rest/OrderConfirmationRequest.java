package io.accord.review.rest;

import io.accord.review.service.ConfirmOrderCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How the order was confirmed with the customer (fax, phone record, e-mail, signed copy) and its reference. */
public record OrderConfirmationRequest(
        @NotBlank @Pattern(regexp = "FAX|PHONE|EMAIL|SIGNED_COPY", message = "{accord.confirmation-method}") String method,
        @NotBlank @Size(max = 200) String reference) {

    public ConfirmOrderCommand toCommand() {
        return new ConfirmOrderCommand(method, reference);
    }
}
