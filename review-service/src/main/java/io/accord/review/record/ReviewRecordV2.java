package io.accord.review.record;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 *
 * <p>Departments are written as their codes, never their names: a department renamed in the directory later must not
 * make a frozen record look tampered with. The page names them from the directory as it reads then.
 *
 * <p>A round after the first ({@code round} &gt; 1) holds the {@code clarification} that opened it; every record holds
 * the requirement's {@code earlierRounds} (sent back for clarification, or superseded by an amendment), oldest first,
 * as each stood when the next one opened, so the record of the last round shows the whole review. {@code form} says
 * whether the round was held by countersignature or as a {@code meeting}, and each opinion its {@code source}.
 *
 * <p>{@code attachments} (issue 14): the requirement's files the review knew of, each with its SHA-256, oldest first.
 * The component is left out of the JSON when there are none, so every record frozen before it existed (none had
 * files) is written, and hashes, exactly as before; a record with files hashes them too.
 */
public record ReviewRecordV2(int formVersion, UUID reviewId, String reviewType, int policyVersion, int round,
        Clarification clarification, Identity requirement, Customer customer, List<Item> items, String totalValue,
        String currency, Delivery delivery, List<String> services, String paymentTerms, List<Requirement> requirements,
        Quotation quotation, VerbalOrder verbalOrder, boolean highRisk, List<Risk> risks, List<String> routingReasons,
        List<String> requiredDepartments, String form, Meeting meeting, List<Opinion> opinions, Consolidation consolidation,
        OrderConfirmation orderConfirmation, Decision decision, Instant openedAt, List<Round> earlierRounds,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AttachedFile> attachments) {

    public static final int VERSION = 2;

    /** A file of the requirement, named and hashed as it was uploaded. */
    public record AttachedFile(UUID id, String filename, String contentType, long size, String sha256, String uploadedBy,
            Instant uploadedAt) {
    }

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

    /**
     * A department's opinion; {@code current} is false for one its department replaced. {@code source}: MEETING when
     * given at the round's review meeting (signed by who spoke for the department), else COUNTERSIGNATURE.
     */
    public record Opinion(String department, String verdict, String comment, List<String> conditions, int forRevision,
            boolean current, String source, Signature signature) {
    }

    /** What the requirement came back with after the round before asked for clarification. */
    public record Clarification(String text, String by, Instant at) {
    }

    /**
     * The review meeting (评审会): when it was held, who attended for which department, the minutes, the departments
     * whose opinions were given there, and who recorded it when.
     */
    public record Meeting(Instant heldAt, List<Attendee> attendees, String minutes, List<String> opinionsFrom,
            String recordedBy, Instant recordedAt) {
    }

    public record Attendee(String department, String name) {
    }

    /**
     * An earlier round of the requirement's review as it stood when the next one opened: its revision and round, how it
     * ended ({@code status}: CLARIFICATION_REQUIRED, SUPERSEDED, …), what opened it, how it was held, its signed
     * opinions, risks, consolidation and decision.
     */
    public record Round(UUID reviewId, int revision, int round, String reviewType, String status,
            Clarification clarification, String form, Meeting meeting, List<Opinion> opinions, List<Risk> risks,
            Consolidation consolidation, Decision decision, Instant openedAt, Instant closedAt) {
    }

    public record Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear,
            boolean discrepanciesResolved, String comment, Signature signature) {
    }

    public record OrderConfirmation(String method, String reference, Signature signature) {
    }

    public record Decision(String decision, String comment, String overrideReason, Signature signature) {
    }
}
