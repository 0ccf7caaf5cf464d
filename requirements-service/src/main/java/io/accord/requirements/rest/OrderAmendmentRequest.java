package io.accord.requirements.rest;

import io.accord.requirements.ServiceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/orders/{erpOrderNo}/amendments}: the ERP's changed lines, delivery or requirements. */
public record OrderAmendmentRequest(
        @NotBlank @Size(max = 2000) String reason,
        @Size(min = 1, max = 500) List<ContentBodies.@Valid @NotNull ItemBody> lines,
        @Valid ContentBodies.DeliveryBody delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<ContentBodies.@Valid @NotNull LineBody> requirements) {

    public AmendmentRequest toAmendment() {
        return new AmendmentRequest(reason, null, null, lines, delivery, services, requirements, null, null, null, null);
    }
}
