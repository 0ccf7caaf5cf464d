package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One item as the company quoted it earlier. */
public record QuotedItemRequest(@NotBlank @Size(max = 64) String productCode, @Size(max = 2000) String specification,
        @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice,
        @Pattern(regexp = "[A-Z]{3}", message = "{accord.currency}") String currency) {

    RequirementContent.QuotedItem toQuotedItem() {
        return new RequirementContent.QuotedItem(productCode, specification, quantity, unitPrice, currency);
    }
}
