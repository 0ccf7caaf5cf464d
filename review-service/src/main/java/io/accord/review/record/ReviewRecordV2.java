package io.accord.review.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The review record (产品要求评审表 for a full review, 订单确认表 for a simplified one), form version {@value #VERSION}: the
 * complete document an auditor reads, and what the hash frozen at the decision covers.
 *
 * <p>Its types are its own, not the domain's or the API's: a later change to those cannot change the JSON form of a
 * record, and so cannot make a stored record look tampered with. Codes (statuses, verdicts, categories, meanings) are
 * written as the domain names them; the page and the PDF turn them into Chinese or English. The required departments
 * are in the order of their codes, an order no later directory or domain rule can move. Times are instants (UTC),
 * so the form does not depend on the offset a time was read back with. A change to any component, its name or its
 * place is a new form version ({@code ReviewRecordV2Test} pins this one).
 */
public record ReviewRecordV2(int formVersion, UUID reviewId, String reviewType, int policyVersion, Identity requirement,
        Customer customer, List<Item> items, String totalValue, String currency, Delivery delivery, List<String> services,
        String paymentTerms, List<Requirement> requirements, Quotation quotation, VerbalOrder verbalOrder,
        boolean highRisk, List<Risk> risks, List<String> routingReasons, List<String> requiredDepartments,
        List<Opinion> opinions, Consolidation consolidation, OrderConfirmation orderConfirmation, Decision decision,
        Instant openedAt) {

    public static final int VERSION = 2;

    /** The record reviewed: its id and revision, the customer's own reference (contract/tender/order number), source. */
    public record Identity(UUID requirementId, int revision, String externalRef, String erpOrderNo, String title,
            String source) {
    }

    public record Customer(UUID id, String code, boolean newCustomer) {
    }

    /** Quantities and prices as plain decimal text, exactly as the requirement carried them. */
    public record Item(String productCode, String description, String specification, String quantity, String unit,
            String unitPrice, String currency, boolean customSpecification) {
    }

    public record Delivery(String dueDate, String place, String terms) {
    }

    /** A STATED, IMPLIED, STATUTORY, CUSTOMER_PROPERTY, EMERGENCY or COMPANY_ADDITIONAL requirement. */
    public record Requirement(String category, String text, String reference) {
    }

    /** The quotation (or tender) the requirement was compared with, and every difference found. */
    public record Quotation(String reference, List<Discrepancy> discrepancies) {
    }

    public record Discrepancy(String key, String kind, String productCode, String quoted, String requested,
            Resolution resolution) {
    }

    public record Resolution(String note, String by, Instant at) {
    }

    /** A requirement not given in writing, and how the customer confirmed it (null when it was written). */
    public record VerbalOrder(String method, String confirmedBy, String reference, String recordedBy, Instant recordedAt) {
    }

    public record Risk(int seq, String category, int likelihood, int impact, int score, String mitigation,
            String assessedBy, Instant assessedAt) {
    }

    /**
     * Who signed, when, what the signature means (REVIEWED, CONSOLIDATED, APPROVED, REJECTED, CONFIRMED, …) and when the
     * signer last signed in ({@code authenticatedAt}, null for signatures recorded before signing required it).
     */
    public record Signature(String signedBy, Instant signedAt, String meaning, Instant authenticatedAt) {
    }

    /** A department's opinion; {@code current} is false for one its department replaced. */
    public record Opinion(String department, String verdict, String comment, List<String> conditions, int forRevision,
            boolean current, Signature signature) {
    }

    public record Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear,
            boolean discrepanciesResolved, String comment, Signature signature) {
    }

    public record OrderConfirmation(String method, String reference, Signature signature) {
    }

    public record Decision(String decision, String comment, String overrideReason, Signature signature) {
    }
}
