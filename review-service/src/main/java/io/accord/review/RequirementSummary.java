package io.accord.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the review knows of the requirement revision it reviews, copied from {@code requirement.submitted} (or the
 * amendment's {@code current}): what it routes on and everything the review record (产品要求评审表 / 订单确认表) shows.
 * Stored as JSON with the review; reviews opened before issue 13 have only the first thirteen components (the others
 * read as null), because the events of that time did not carry them. {@code attachments} (issue 14) are the
 * requirement's files the review heard of ({@code requirement.attachment-added}) while it was open; null before.
 */
public record RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
        String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
        String paymentTerms, List<ItemSummary> items, String dueDate, String externalRef, String erpOrderNo,
        String deliveryPlace, String deliveryTerms, List<Line> lines, String quotationRef, List<Discrepancy> discrepancies,
        boolean unwritten, Confirmation confirmation, List<AttachedFile> attachments) {

    /** The requirement's facts as a submission carries them, before any attachment is known. */
    public RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
            String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
            String paymentTerms, List<ItemSummary> items, String dueDate, String externalRef, String erpOrderNo,
            String deliveryPlace, String deliveryTerms, List<Line> lines, String quotationRef, List<Discrepancy> discrepancies,
            boolean unwritten, Confirmation confirmation) {
        this(customerId, customerCode, newCustomer, source, title, totalValue, currency, categories, services, highRisk,
                paymentTerms, items, dueDate, externalRef, erpOrderNo, deliveryPlace, deliveryTerms, lines, quotationRef,
                discrepancies, unwritten, confirmation, null);
    }

    /** The facts routing reads, as reviews opened before the record's own fields were carried knew them. */
    public RequirementSummary(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
            String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
            String paymentTerms, List<ItemSummary> items, String dueDate) {
        this(customerId, customerCode, newCustomer, source, title, totalValue, currency, categories, services, highRisk,
                paymentTerms, items, dueDate, null, null, null, null, null, null, null, false, null);
    }

    /** The same facts with these attachments (none: null, so a record without files is written as before). */
    public RequirementSummary withAttachments(List<AttachedFile> files) {
        return new RequirementSummary(customerId, customerCode, newCustomer, source, title, totalValue, currency, categories,
                services, highRisk, paymentTerms, items, dueDate, externalRef, erpOrderNo, deliveryPlace, deliveryTerms, lines,
                quotationRef, discrepancies, unwritten, confirmation, files == null || files.isEmpty() ? null : List.copyOf(files));
    }

    /** The same facts with one more attachment (once: an attachment already listed is not listed again). */
    public RequirementSummary withAttachment(AttachedFile file) {
        List<AttachedFile> all = new ArrayList<>(attachments == null ? List.of() : attachments);
        if (all.stream().noneMatch(a -> a.id().equals(file.id()))) {
            all.add(file);
        }
        return withAttachments(all);
    }

    /** A file attached to the requirement: the record lists its name and SHA-256. */
    public record AttachedFile(UUID id, String filename, String contentType, long size, String sha256, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    /** One item as the review form shows it. */
    public record ItemSummary(String productCode, String description, String specification, String quantity, String unit,
            String unitPrice, String currency, boolean customSpecification) {
    }

    /** One stated, implied, statutory, customer-property, emergency or company requirement. */
    public record Line(String category, String text, String reference) {
    }

    /** A difference from the quotation and its resolution (all three resolution fields null while unresolved). */
    public record Discrepancy(String key, String kind, String productCode, String quoted, String requested,
            String resolutionNote, String resolvedBy, OffsetDateTime resolvedAt) {
    }

    /** How the customer confirmed a requirement not given in writing (PROCESS.md §1.2). */
    public record Confirmation(String method, String confirmedBy, String reference, String recordedBy,
            OffsetDateTime recordedAt) {
    }
}
