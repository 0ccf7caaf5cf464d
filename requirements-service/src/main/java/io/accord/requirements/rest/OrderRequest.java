package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.ServiceKind;
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
        @NotEmpty @Size(max = 500) List<ContentBodies.@Valid @NotNull ItemBody> lines,
        @Valid ContentBodies.DeliveryBody delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<ContentBodies.@Valid @NotNull LineBody> requirements,
        Boolean highRisk,
        @Size(max = 500) String paymentTerms) {

    public RequirementContent toContent() {
        return new RequirementContent(title == null || title.isBlank() ? "ERP order " + erpOrderNo : title, erpOrderNo,
                ContentBodies.items(lines), delivery == null ? null : delivery.toDelivery(),
                services == null ? List.of() : List.copyOf(services), ContentBodies.lines(requirements), null, null,
                Boolean.TRUE.equals(highRisk), paymentTerms);
    }
}
