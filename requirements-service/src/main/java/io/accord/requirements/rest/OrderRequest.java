package io.accord.requirements.rest;

import io.accord.requirements.ServiceKind;
import io.accord.requirements.service.PlaceOrderCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of the ERP's {@code POST /api/v1/orders}. */
public record OrderRequest(
        @NotBlank @Size(max = 100) String erpOrderNo,
        @NotBlank @Size(max = 40) String customerCode,
        @Size(max = 200) String title,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull ItemRequest> lines,
        @Valid DeliveryTermsRequest delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<@Valid @NotNull RequirementLineRequest> requirements,
        Boolean highRisk,
        @Size(max = 500) String paymentTerms) {

    /** The order as sent, absent parts left absent: the command's form is the order's idempotency fingerprint. */
    PlaceOrderCommand toCommand() {
        return new PlaceOrderCommand(erpOrderNo, customerCode, title,
                lines == null ? null : lines.stream().map(ItemRequest::toOrderLine).toList(),
                delivery == null ? null : delivery.toDelivery(), services,
                requirements == null ? null : requirements.stream().map(RequirementLineRequest::toLine).toList(),
                highRisk, paymentTerms);
    }
}
