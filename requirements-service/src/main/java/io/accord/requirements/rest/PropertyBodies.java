package io.accord.requirements.rest;

import io.accord.requirements.CustomerProperty;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** Bodies of the customer-property register (顾客财产验证登录表). */
public final class PropertyBodies {

    private PropertyBodies() {
    }

    public record Registration(@NotNull UUID customerId, UUID requirementId, @NotNull CustomerProperty.Kind kind,
            @NotBlank @Size(max = 1000) String description, @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @Size(max = 20) String unit) {
    }

    public record VerificationRequest(@NotNull CustomerProperty.VerificationResult result, @Size(max = 2000) String notes) {
    }

    public record IncidentRequest(@NotNull CustomerProperty.IncidentType type, @NotBlank @Size(max = 2000) String description) {
    }

    public record NoticeRequest(@NotBlank @Size(max = 40) String method, @NotBlank @Size(max = 200) String reference) {
    }

    public record ReturnRequest(@NotBlank @Size(max = 200) String returnedTo, @Size(max = 200) String reference,
            @Size(max = 2000) String note) {
    }
}
