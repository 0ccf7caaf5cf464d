package io.accord.review.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.accord.review.Clarification;
import io.accord.review.RequirementSummary;
import io.accord.review.service.OpenReviewCommand;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The fields of the requirements-service's {@code requirement.submitted} this service routes on and writes its review
 * record from (tolerant reader:
 * other fields are ignored; enum values stay strings, so a value added upstream is carried, not refused;
 * RequirementEventsContractTest checks these against the producer's payload). {@code clarification} comes with a
 * revision submitted again after its review asked for clarification.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmittedRequirement(UUID requirementId, Integer revision, UUID customerId, String customerCode,
        boolean newCustomer, String source, String title, String totalValue, String currency, List<String> categories,
        List<String> services, boolean highRisk, String paymentTerms, List<Item> items, Delivery delivery,
        ClarificationNote clarification, String externalRef, String erpOrderNo, List<Line> lines, String quotationRef,
        List<Discrepancy> discrepancies, boolean unwritten, Confirmation confirmation) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String productCode, String description, String specification, BigDecimal quantity, String unit,
            BigDecimal unitPrice, String currency, boolean customSpecification) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(String dueDate, String place, String terms) {
    }

    /** One requirement with its text and reference (absent from events written before issue 13). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String category, String text, String reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discrepancy(String key, String kind, String productCode, String quoted, String requested,
            Resolution resolution) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resolution(String note, String by, OffsetDateTime at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Confirmation(String method, String confirmedBy, String reference, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClarificationNote(String text, String by, OffsetDateTime at) {
    }

    /** The total routing compares with the policy's limits; the consumer refuses an event without {@link #hasValue}. */
    public BigDecimal value() {
        return new BigDecimal(totalValue);
    }

    /**
     * Whether {@code totalValue} is a plain number. A missing or unreadable one must never pass for zero: zero is under
     * every simplified limit, so a large order would skip the full review and FINANCE.
     */
    public boolean hasValue() {
        if (totalValue == null) {
            return false;
        }
        try {
            new BigDecimal(totalValue);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public List<String> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    public List<String> servicesOrEmpty() {
        return services == null ? List.of() : services;
    }

    public List<Item> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    /** The review of this revision; call it on facts whose requirementId and revision are present. */
    public OpenReviewCommand toCommand() {
        return new OpenReviewCommand(requirementId, revision, summary(), value(), clarification == null ? null
                : new Clarification(clarification.text(), clarification.by(), clarification.at()));
    }

    public RequirementSummary summary() {
        return new RequirementSummary(customerId, customerCode, newCustomer, source, title, totalValue, currency,
                categoriesOrEmpty(), servicesOrEmpty(), highRisk, paymentTerms,
                itemsOrEmpty().stream().map(i -> new RequirementSummary.ItemSummary(i.productCode(), i.description(),
                        i.specification(), plain(i.quantity()), i.unit(), plain(i.unitPrice()), i.currency(),
                        i.customSpecification())).toList(),
                delivery == null ? null : delivery.dueDate(), externalRef, erpOrderNo,
                delivery == null ? null : delivery.place(), delivery == null ? null : delivery.terms(),
                lines == null ? List.of() : lines.stream().map(l -> new RequirementSummary.Line(l.category(), l.text(),
                        l.reference())).toList(),
                quotationRef, discrepancies == null ? List.of() : discrepancies.stream().map(SubmittedRequirement::discrepancy)
                        .toList(),
                unwritten, confirmation == null ? null : new RequirementSummary.Confirmation(confirmation.method(),
                        confirmation.confirmedBy(), confirmation.reference(), confirmation.recordedBy(),
                        confirmation.recordedAt()));
    }

    private static RequirementSummary.Discrepancy discrepancy(Discrepancy d) {
        Resolution r = d.resolution();
        return new RequirementSummary.Discrepancy(d.key(), d.kind(), d.productCode(), d.quoted(), d.requested(),
                r == null ? null : r.note(), r == null ? null : r.by(), r == null ? null : r.at());
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
