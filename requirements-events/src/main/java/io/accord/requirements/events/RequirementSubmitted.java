package io.accord.requirements.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the review needs to route a revision and to write its record (产品要求评审表 / 订单确认表) without calling
 * back. {@code source}, {@code categories} and {@code services} are names of the service's {@code RequirementSource},
 * {@code RequirementCategory} and {@code ServiceKind}; {@code totalValue} is a plain decimal number in {@code currency}.
 *
 * <p>The record's own fields came later (issue 13) and were added at the end, so readers of the earlier payload go on
 * reading it: {@code externalRef} (the customer's contract, tender or order number), {@code erpOrderNo}, every
 * requirement {@code line} with its text and reference, {@code quotationRef} and the {@code discrepancies} with the
 * quotation and their resolutions, and for a requirement not given in writing ({@code unwritten}) the customer's
 * {@code confirmation}.
 * {@code clarification} is present when a record the review sent back for clarification is submitted again at the
 * same revision: the review then opens its next round.
 */
public record RequirementSubmitted(UUID requirementId, int revision, UUID customerId, String customerCode,
        boolean newCustomer, String source, String title, String totalValue, String currency,
        Set<String> categories, List<String> services, boolean highRisk, String paymentTerms,
        List<Item> items, Delivery delivery, Clarification clarification, String externalRef, String erpOrderNo,
        List<Line> lines, String quotationRef, List<Discrepancy> discrepancies, boolean unwritten,
        Confirmation confirmation) {

    /** A first submission (no clarification) of the routing facts only, as the earliest payloads carried them. */
    public RequirementSubmitted(UUID requirementId, int revision, UUID customerId, String customerCode, boolean newCustomer,
            String source, String title, String totalValue, String currency, Set<String> categories, List<String> services,
            boolean highRisk, String paymentTerms, List<Item> items, Delivery delivery) {
        this(requirementId, revision, customerId, customerCode, newCustomer, source, title, totalValue, currency, categories,
                services, highRisk, paymentTerms, items, delivery, null, null, null, null, null, null, false, null);
    }

    /** {@code customSpecification}: a new or customer-specific design, which the technical department must review. */
    public record Item(String productCode, String description, String specification, BigDecimal quantity, String unit,
            BigDecimal unitPrice, String currency, boolean customSpecification) {
    }

    public record Delivery(LocalDate dueDate, String place, String terms) {
    }

    /** One requirement: {@code category} is a {@code RequirementCategory} name (STATED, IMPLIED, STATUTORY, …). */
    public record Line(String category, String text, String reference) {
    }

    /** A difference from the quotation ({@code kind}: PRICE, QUANTITY, …) and how it was settled (null: not yet). */
    public record Discrepancy(String key, String kind, String productCode, String quoted, String requested,
            Resolution resolution) {
    }

    public record Resolution(String note, String by, OffsetDateTime at) {
    }

    /** How the customer confirmed a requirement not given in writing ({@code method}: FAX, PHONE, EMAIL, SIGNED_COPY). */
    public record Confirmation(String method, String confirmedBy, String reference, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    /** What the customer (or sales) clarified, who submitted it and when. */
    public record Clarification(String text, String by, OffsetDateTime at) {
    }
}
