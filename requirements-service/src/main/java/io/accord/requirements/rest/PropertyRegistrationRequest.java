package io.accord.requirements.rest;

import io.accord.requirements.CustomerProperty;
import io.accord.requirements.service.RegisterPropertyCommand;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** Body of {@code POST /api/v1/customer-property}: property received from a customer (顾客财产验证登录表). */
public record PropertyRegistrationRequest(@NotNull UUID customerId, UUID requirementId,
        @NotNull CustomerProperty.Kind kind, @NotBlank @Size(max = 1000) String description,
        @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity, @Size(max = 20) String unit) {

    RegisterPropertyCommand toCommand() {
        return new RegisterPropertyCommand(customerId, requirementId, kind, description, quantity, unit);
    }
}
