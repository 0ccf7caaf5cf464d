package io.accord.complaint.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accord.complaint.Complaint;
import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.ComplaintStatus;
import io.accord.complaint.Remedy;
import io.accord.infra.signatures.Signature;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A complaint with its SLA clock; {@code correctiveActions} only on the single read; {@code requirementId} and
 * {@code deliveryNumber} for one opened from a refused delivery.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(UUID id, UUID customerId, ComplaintChannel channel, ComplaintCategory category,
        ComplaintSeverity severity, ComplaintStatus status, String description, String orderRef, String productCode,
        String batch, UUID sourceFeedbackId, OffsetDateTime receivedAt, OffsetDateTime ackDueAt, OffsetDateTime resolutionDueAt,
        boolean slaBreached, OffsetDateTime acknowledgedAt, String rootCause, String containment, String resolutionSummary,
        Remedy remedy, OffsetDateTime resolvedAt, OffsetDateTime closedAt, Signature closingSignature,
        OffsetDateTime withdrawnAt, int reopenCount,
        String customerComment, UUID requirementId, Integer deliveryNumber, List<CorrectiveActionView> correctiveActions) {

    /** {@code slaBreached} as of {@code now}: a deadline can pass while nobody touches the complaint. */
    public static ComplaintView of(Complaint c, OffsetDateTime now) {
        return with(c, null, now);
    }

    public static ComplaintView with(Complaint c, List<CorrectiveActionView> actions, OffsetDateTime now) {
        return new ComplaintView(c.id, c.customerId, c.channel, c.category, c.severity, c.status, c.description, c.orderRef,
                c.productCode, c.batch, c.sourceFeedbackId, c.receivedAt, c.ackDueAt, c.resolutionDueAt, c.slaBreached(now),
                c.acknowledgedAt, c.rootCause, c.containment, c.resolutionSummary, c.remedy, c.resolvedAt, c.closedAt,
                c.closingSignature, c.withdrawnAt, c.reopenCount, c.customerComment, c.requirementId, c.deliveryNumber, actions);
    }
}
