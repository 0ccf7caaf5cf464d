package io.accord.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing rules of the review policy. Values are compared as plain amounts in the requirement's currency.
 *
 * @param simplifiedMaxValue  a routine order below this value may get the simplified review
 * @param financeThreshold    from this value on, FINANCE reviews
 * @param legalThreshold      from this value on, LEGAL reviews (contract drafts and tenders always)
 * @param standardPaymentTerms payment terms that need no FINANCE review; any other term does
 * @param rerouteOnChange     for each aspect a changed field belongs to, the departments that must review again
 * @param slaHours            hours each department has for its opinion
 */
public record PolicyRules(
        @NotNull @DecimalMin("0") BigDecimal simplifiedMaxValue,
        @NotNull @DecimalMin("0") BigDecimal financeThreshold,
        @NotNull @DecimalMin("0") BigDecimal legalThreshold,
        @NotNull @Size(max = 50) List<@NotBlank String> standardPaymentTerms,
        @NotNull Map<@NotNull Aspect, @NotNull Set<@NotNull Department>> rerouteOnChange,
        @NotNull @Valid Map<@NotNull Department, @NotNull @Min(0) @Max(2160) Integer> slaHours) {

    /** What a changed field is about, for re-routing an amended requirement. */
    public enum Aspect {
        QUANTITY, DELIVERY, PRICE, PAYMENT, SPECIFICATION, QUALITY_REQUIREMENTS, TERMS, SERVICES
    }

    public int slaHoursFor(Department department) {
        return slaHours.getOrDefault(department, 72);
    }

    /** The aspect of a changed path such as {@code items[0].quantity} or {@code delivery.dueDate}; null if none. */
    public static Aspect aspectOf(String path) {
        String p = path.replaceAll("\\[\\d+]", "");
        if (p.equals("items.quantity")) {
            return Aspect.QUANTITY;
        }
        if (p.equals("delivery.dueDate") || p.equals("delivery.place")) {
            return Aspect.DELIVERY;
        }
        if (p.equals("items.unitPrice") || p.equals("items.currency")) {
            return Aspect.PRICE;
        }
        if (p.equals("paymentTerms")) {
            return Aspect.PAYMENT;
        }
        if (p.startsWith("items.")) {
            return Aspect.SPECIFICATION;
        }
        if (p.startsWith("requirements")) {
            return Aspect.QUALITY_REQUIREMENTS;
        }
        if (p.equals("delivery.terms")) {
            return Aspect.TERMS;
        }
        if (p.startsWith("services")) {
            return Aspect.SERVICES;
        }
        return null;
    }

}
