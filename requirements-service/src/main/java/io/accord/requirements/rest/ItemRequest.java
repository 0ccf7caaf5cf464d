package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.service.PlaceOrderCommand;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** One product item of a capture or an amendment, or one line of an ERP order. */
public record ItemRequest(
        @NotBlank @Size(max = 64) String productCode,
        @Size(max = 500) String description,
        @Size(max = 2000) String specification,
        @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @NotBlank @Size(max = 20) String unit,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{accord.currency}") String currency,
        Boolean customSpecification,
        @Size(max = 2000) String acceptanceCriteria) {

    RequirementContent.Item toItem() {
        return new RequirementContent.Item(productCode, description, specification, quantity, unit, unitPrice, currency,
                Boolean.TRUE.equals(customSpecification), acceptanceCriteria);
    }

    PlaceOrderCommand.OrderLine toOrderLine() {
        return new PlaceOrderCommand.OrderLine(productCode, description, specification, quantity, unit, unitPrice, currency,
                customSpecification, acceptanceCriteria);
    }

    /** Absent items are none. */
    static List<RequirementContent.Item> toItems(List<ItemRequest> items) {
        return items == null ? List.of() : items.stream().map(ItemRequest::toItem).toList();
    }
}
