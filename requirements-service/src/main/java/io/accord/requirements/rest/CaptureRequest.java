package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.ServiceKind;
import io.accord.requirements.service.CaptureRequirementCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/requirements}: the capture form of API.md. */
public record CaptureRequest(
        @NotNull UUID customerId,
        @NotNull RequirementSource source,
        @Size(max = 100) String externalRef,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 500) List<@Valid @NotNull ItemRequest> items,
        @Valid DeliveryTermsRequest delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<@Valid @NotNull RequirementLineRequest> requirements,
        @Size(max = 100) String quotationRef,
        @Valid QuotationRequest quotation,
        Boolean highRisk,
        /** true when the requirement was not given in writing, whatever its source */
        Boolean unwritten,
        @Size(max = 500) String paymentTerms) {

    CaptureRequirementCommand toCommand() {
        RequirementContent content = new RequirementContent(title, externalRef, ItemRequest.toItems(items),
                delivery == null ? null : delivery.toDelivery(), services == null ? List.of() : List.copyOf(services),
                RequirementLineRequest.toLines(requirements), quotationRef, quotation == null ? null : quotation.toQuotation(),
                Boolean.TRUE.equals(highRisk), paymentTerms);
        return new CaptureRequirementCommand(customerId, source, content, Boolean.TRUE.equals(unwritten));
    }
}
