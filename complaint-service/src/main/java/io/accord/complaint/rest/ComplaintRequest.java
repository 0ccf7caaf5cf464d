package io.accord.complaint.rest;

import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.service.ReceiveComplaintCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Body of {@code POST /api/v1/complaints}. */
public record ComplaintRequest(
        @NotNull UUID customerId,
        @NotNull ComplaintChannel channel,
        @NotNull ComplaintCategory category,
        @NotNull ComplaintSeverity severity,
        @NotBlank @Size(max = 8000) String description,
        @Size(max = 100) String orderRef,
        @Size(max = 100) String productCode,
        @Size(max = 100) String batch) {

    ReceiveComplaintCommand toCommand() {
        return new ReceiveComplaintCommand(customerId, channel, category, severity, description, orderRef, productCode,
                batch);
    }
}
