package io.accord.requirements.rest;

import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
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

/** The parts of a requirement's content, as capture, amendment and ERP bodies send them. */
public final class ContentBodies {

    private ContentBodies() {
    }

    public record ItemBody(
            @NotBlank @Size(max = 64) String productCode,
            @Size(max = 500) String description,
            @Size(max = 2000) String specification,
            @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @NotBlank @Size(max = 20) String unit,
            @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
            Boolean customSpecification) {

        RequirementContent.Item toItem() {
            return new RequirementContent.Item(productCode, description, specification, quantity, unit, unitPrice, currency,
                    Boolean.TRUE.equals(customSpecification));
        }
    }

    public record DeliveryBody(@NotNull @FutureOrPresent LocalDate dueDate, @Size(max = 200) String place,
            @Size(max = 500) String terms) {

        RequirementContent.Delivery toDelivery() {
            return new RequirementContent.Delivery(dueDate, place, terms);
        }
    }

    public record LineBody(@NotNull RequirementCategory category, @NotBlank @Size(max = 2000) String text,
            @Size(max = 200) String reference) {

        RequirementContent.Line toLine() {
            return new RequirementContent.Line(category, text, reference);
        }
    }

    public record QuotedItemBody(@NotBlank @Size(max = 64) String productCode, @Size(max = 2000) String specification,
            @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
            @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal unitPrice,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency) {
    }

    public record QuotationBody(@Size(max = 500) List<@Valid @NotNull QuotedItemBody> items, LocalDate deliveryDate) {

        RequirementContent.Quotation toQuotation() {
            return new RequirementContent.Quotation(items == null ? List.of() : items.stream().map(q ->
                    new RequirementContent.QuotedItem(q.productCode(), q.specification(), q.quantity(), q.unitPrice(),
                            q.currency())).toList(), deliveryDate);
        }
    }

    static List<RequirementContent.Item> items(List<ItemBody> items) {
        return items == null ? List.of() : items.stream().map(ItemBody::toItem).toList();
    }

    static List<RequirementContent.Line> lines(List<LineBody> lines) {
        return lines == null ? List.of() : lines.stream().map(LineBody::toLine).toList();
    }
}
