package io.accord.requirements.rest;

import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.ServiceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/requirements}: the capture form of API.md. */
public record CaptureRequest(
        @NotNull UUID customerId,
        @NotNull RequirementSource source,
        @Size(max = 100) String externalRef,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 500) List<@Valid @NotNull ItemBody> items,
        @Valid DeliveryBody delivery,
        @Size(max = 5) List<@NotNull ServiceKind> services,
        @Size(max = 200) List<@Valid @NotNull LineBody> requirements,
        @Size(max = 100) String quotationRef,
        Boolean highRisk) {

    public record ItemBody(
            @NotBlank @Size(max = 64) String productCode,
            @Size(max = 500) String description,
            @Size(max = 2000) String specification,
            @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @NotBlank @Size(max = 20) String unit,
            @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency) {
    }

    public record DeliveryBody(@NotNull @FutureOrPresent LocalDate dueDate, @Size(max = 200) String place,
            @Size(max = 500) String terms) {
    }

    public record LineBody(@NotNull RequirementCategory category, @NotBlank @Size(max = 2000) String text,
            @Size(max = 200) String reference) {
    }

    public RequirementContent toContent() {
        return new RequirementContent(title, externalRef,
                items == null ? List.of() : items.stream().map(i -> new RequirementContent.Item(i.productCode(),
                        i.description(), i.specification(), i.quantity(), i.unit(), i.unitPrice(), i.currency())).toList(),
                delivery == null ? null : new RequirementContent.Delivery(delivery.dueDate(), delivery.place(), delivery.terms()),
                services == null ? List.of() : List.copyOf(services),
                requirements == null ? List.of() : requirements.stream()
                        .map(l -> new RequirementContent.Line(l.category(), l.text(), l.reference())).toList(),
                quotationRef, Boolean.TRUE.equals(highRisk));
    }
}
