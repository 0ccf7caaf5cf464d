package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What the company quoted (or tendered) earlier; the capture is checked against it for discrepancies. */
public record QuotationRequest(@Size(max = 500) List<@Valid @NotNull QuotedItemRequest> items, LocalDate deliveryDate) {

    RequirementContent.Quotation toQuotation() {
        return new RequirementContent.Quotation(items == null ? List.of()
                : items.stream().map(QuotedItemRequest::toQuotedItem).toList(), deliveryDate);
    }
}
