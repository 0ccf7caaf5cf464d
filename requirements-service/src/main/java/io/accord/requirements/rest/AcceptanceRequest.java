package io.accord.requirements.rest;

import io.accord.requirements.RejectionCategory;
import io.accord.requirements.service.RecordAcceptanceCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST …/{id}/deliveries/{n}/acceptance}: the customer's answer. {@code reason} is required when
 * {@code accepted} is false; {@code category} (QUALITY or DELIVERY, default QUALITY) is the rejection's complaint category.
 */
public record AcceptanceRequest(@NotNull Boolean accepted, RejectionCategory category, @Size(max = 2000) String reason) {

    RecordAcceptanceCommand toCommand() {
        return new RecordAcceptanceCommand(accepted, category, reason);
    }
}
