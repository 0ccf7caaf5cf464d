package io.accord.requirements.rest;

import io.accord.requirements.service.DeliverRequirementCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of {@code POST …/{id}/deliveries} (and of the ERP's {@code …/orders/{erpOrderNo}/deliveries}): the delivered
 * {@code lines}, or none for everything still outstanding (the body of before deliveries had lines).
 */
public record DeliveryRequest(@Size(max = 500) List<@Valid @NotNull DeliveryLineRequest> lines,
        @Size(max = 200) String reference, @Size(max = 2000) String note) {

    DeliverRequirementCommand toCommand() {
        return new DeliverRequirementCommand(lines == null ? List.of() : lines.stream().map(DeliveryLineRequest::toLine).toList(),
                reference, note);
    }
}
