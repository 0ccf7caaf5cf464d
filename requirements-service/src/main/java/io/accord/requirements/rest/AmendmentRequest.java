package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.ServiceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST …/amendments}: a reason and the fields that change; absent fields stay as they are. */
public record AmendmentRequest(
        @NotBlank @Size(max = 2000) String reason,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Size(max = 100) String externalRef,
        @Size(max = 500) List<ContentBodies.@Valid @NotNull ItemBody> items,
        @Valid ContentBodies.DeliveryBody delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<ContentBodies.@Valid @NotNull LineBody> requirements,
        @Size(max = 100) String quotationRef,
        @Valid ContentBodies.QuotationBody quotation,
        Boolean highRisk,
        @Size(max = 500) String paymentTerms) {

    public RequirementContent applyTo(RequirementContent current) {
        return new RequirementContent(
                title != null ? title : current.title(),
                externalRef != null ? externalRef : current.externalRef(),
                items != null ? ContentBodies.items(items) : current.items(),
                delivery != null ? delivery.toDelivery() : current.delivery(),
                services != null ? List.copyOf(services) : current.services(),
                requirements != null ? ContentBodies.lines(requirements) : current.requirements(),
                quotationRef != null ? quotationRef : current.quotationRef(),
                quotation != null ? quotation.toQuotation() : current.quotation(),
                highRisk != null ? highRisk : current.highRisk(),
                paymentTerms != null ? paymentTerms : current.paymentTerms());
    }
}
