package io.accord.requirements.rest;

import io.accord.requirements.ServiceKind;
import io.accord.requirements.service.AmendRequirementCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST …/amendments}: a reason and the fields that change; absent fields stay as they are. */
public record AmendmentRequest(
        @NotBlank @Size(max = 2000) String reason,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{accord.not-blank}") String title,
        @Size(max = 100) String externalRef,
        @Size(max = 500) List<@Valid @NotNull ItemRequest> items,
        @Valid DeliveryTermsRequest delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<@Valid @NotNull RequirementLineRequest> requirements,
        @Size(max = 100) String quotationRef,
        @Valid QuotationRequest quotation,
        Boolean highRisk,
        @Size(max = 500) String paymentTerms) {

    AmendRequirementCommand toCommand() {
        return new AmendRequirementCommand(reason, title, externalRef, items == null ? null : ItemRequest.toItems(items),
                delivery == null ? null : delivery.toDelivery(), services == null ? null : List.copyOf(services),
                requirements == null ? null : RequirementLineRequest.toLines(requirements), quotationRef,
                quotation == null ? null : quotation.toQuotation(), highRisk, paymentTerms);
    }
}
