package io.accord.requirements.rest;

import io.accord.requirements.service.DeliverRequirementCommand;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/{id}/deliveries} (and of the ERP's {@code …/orders/{erpOrderNo}/deliveries}). */
public record DeliveryRequest(@Size(max = 200) String reference, @Size(max = 2000) String note) {

    DeliverRequirementCommand toCommand() {
        return new DeliverRequirementCommand(reference, note);
    }
}
