package io.accord.requirements.rest;

import io.accord.requirements.Delivery;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One product of a delivery and the quantity delivered, in the item's unit. */
public record DeliveryLineRequest(@NotBlank @Size(max = 64) String productCode,
        @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity) {

    Delivery.Line toLine() {
        return new Delivery.Line(productCode, quantity);
    }
}
