package io.accord.requirements.rest;

import io.accord.requirements.ServiceKind;
import io.accord.requirements.service.AmendRequirementCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/orders/{erpOrderNo}/amendments}: the ERP's changed lines, delivery or requirements. */
public record OrderAmendmentRequest(
        @NotBlank @Size(max = 2000) String reason,
        @Size(min = 1, max = 500) List<@Valid @NotNull ItemRequest> lines,
        @Valid DeliveryTermsRequest delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<@Valid @NotNull RequirementLineRequest> requirements) {

    AmendRequirementCommand toCommand() {
        return new AmendRequirementCommand(reason, null, null, lines == null ? null : ItemRequest.toItems(lines),
                delivery == null ? null : delivery.toDelivery(), services == null ? null : List.copyOf(services),
                requirements == null ? null : RequirementLineRequest.toLines(requirements), null, null, null, null);
    }
}
