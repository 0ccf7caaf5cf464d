package io.accord.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The routing rules of the review policy. Values are compared as plain amounts in the requirement's currency.
 *
 * @param simplifiedMaxValue  a routine order below this value may get the simplified review
 * @param financeThreshold    from this value on, FINANCE reviews
 * @param legalThreshold      from this value on, LEGAL reviews (contract drafts and tenders always)
 * @param standardPaymentTerms payment terms that need no FINANCE review; any other term does
 * @param rerouteOnChange     for each aspect a changed field belongs to, the departments that must review again
 * @param slaHours            hours each department has for its opinion
 * @param alwaysRequired      departments that review every FULL review besides those the rules above route to (a
 *                            branch office or project department that must judge whether it can carry out each
 *                            contract); absent or empty: none
 * @param escalation          when an overdue department task reminds the department and escalates to its manager and
 *                            the general manager; absent (a policy stored before issue 14): {@link EscalationRules#DEFAULT}
 */
public record PolicyRules(
        @NotNull @DecimalMin("0") BigDecimal simplifiedMaxValue,
        @NotNull @DecimalMin("0") BigDecimal financeThreshold,
        @NotNull @DecimalMin("0") BigDecimal legalThreshold,
        @NotNull @Size(max = 50) List<@NotBlank String> standardPaymentTerms,
        @NotNull Map<@NotNull Aspect, @NotNull Set<@NotNull Department>> rerouteOnChange,
        @NotNull @Valid Map<@NotNull Department, @NotNull @Min(0) @Max(2160) Integer> slaHours,
        @Size(max = 50) Set<@NotNull Department> alwaysRequired,
        @Valid EscalationRules escalation) {

    @JsonCreator
    public PolicyRules {
        // in order, as the routing reasons and the history show them; a null element is left for validation to name
        alwaysRequired = alwaysRequired == null ? Set.of()
                : alwaysRequired.stream().anyMatch(Objects::isNull) ? alwaysRequired : new TreeSet<>(alwaysRequired);
        escalation = escalation == null ? EscalationRules.DEFAULT : escalation;
    }

    /** The rules as they were before escalation thresholds (the default escalation). */
    public PolicyRules(BigDecimal simplifiedMaxValue, BigDecimal financeThreshold, BigDecimal legalThreshold,
            List<String> standardPaymentTerms, Map<Aspect, Set<Department>> rerouteOnChange, Map<Department, Integer> slaHours,
            Set<Department> alwaysRequired) {
        this(simplifiedMaxValue, financeThreshold, legalThreshold, standardPaymentTerms, rerouteOnChange, slaHours,
                alwaysRequired, null);
    }

    /** The rules as they were before departments came from the directory (no department required in every review). */
    public PolicyRules(BigDecimal simplifiedMaxValue, BigDecimal financeThreshold, BigDecimal legalThreshold,
            List<String> standardPaymentTerms, Map<Aspect, Set<Department>> rerouteOnChange, Map<Department, Integer> slaHours) {
        this(simplifiedMaxValue, financeThreshold, legalThreshold, standardPaymentTerms, rerouteOnChange, slaHours, null, null);
    }

    /** What a changed field is about, for re-routing an amended requirement. */
    public enum Aspect {
        QUANTITY, DELIVERY, PRICE, PAYMENT, SPECIFICATION, QUALITY_REQUIREMENTS, TERMS, SERVICES
    }

    /** A department the rules name, and the field that names it ({@code rerouteOnChange.PRICE}, {@code slaHours.QUALITY}). */
    public record NamedDepartment(String field, Department department) {
    }

    /**
     * Each department these rules name, with the field that names it: what must exist in the directory, and what the
     * directory must not deactivate while the rules use it.
     */
    public List<NamedDepartment> namedDepartments() {
        List<NamedDepartment> named = new ArrayList<>();
        if (rerouteOnChange != null) {
            rerouteOnChange.forEach((aspect, departments) -> departments.stream().sorted()
                    .forEach(d -> named.add(new NamedDepartment("rerouteOnChange." + aspect, d))));
        }
        if (slaHours != null) {
            slaHours.keySet().stream().sorted().forEach(d -> named.add(new NamedDepartment("slaHours." + d.code(), d)));
        }
        alwaysRequired.forEach(d -> named.add(new NamedDepartment("alwaysRequired", d)));
        return named;
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
