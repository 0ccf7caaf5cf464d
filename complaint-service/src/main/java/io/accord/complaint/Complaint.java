package io.accord.complaint;

import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.events.ComplaintReceived;
import io.accord.complaint.events.ComplaintStatusChanged;
import io.accord.complaint.events.SlaBreached;
import io.accord.infra.changes.Aggregate;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.i18n.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A customer complaint with its SLA clock: acknowledged within {@code ackDueAt}, resolved within
 * {@code resolutionDueAt} (both fixed when it is received, from its severity). The lifecycle lives here and
 * refuses moves the process does not allow.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends Aggregate {

    public static final String AGGREGATE = "complaint";
    private static final Set<ComplaintStatus> WITHDRAWABLE = Set.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED,
            ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED, ComplaintStatus.REOPENED);

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Column(name = "order_ref")
    public String orderRef;

    @Column(name = "product_code")
    public String productCode;

    public String batch;

    /** The escalated feedback this complaint was opened from; unique, so one feedback opens one complaint. */
    @Column(name = "source_feedback_id")
    public UUID sourceFeedbackId;

    /** The refused delivery this complaint was opened from (delivery {@code deliveryNumber} of that requirement). */
    @Column(name = "requirement_id")
    public UUID requirementId;

    @Column(name = "delivery_number")
    public Integer deliveryNumber;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "ack_due_at", nullable = false)
    public OffsetDateTime ackDueAt;

    @Column(name = "resolution_due_at", nullable = false)
    public OffsetDateTime resolutionDueAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "root_cause", columnDefinition = "text")
    public String rootCause;

    @Column(columnDefinition = "text")
    public String containment;

    @Column(name = "resolution_summary", columnDefinition = "text")
    public String resolutionSummary;

    @Enumerated(EnumType.STRING)
    public Remedy remedy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /**
     * The signature (meaning {@code CLOSED}) of the person who closed the complaint on the customer's acceptance; after a
     * reopening and a second closure, the second one's (the history keeps both).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "closing_signature", columnDefinition = "jsonb")
    public Signature closingSignature;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    /** The last thing the customer said when confirming or refusing the resolution, or when withdrawing. */
    @Column(name = "customer_comment", columnDefinition = "text")
    public String customerComment;

    @Column(name = "ack_breach_reported", nullable = false)
    public boolean ackBreachReported;

    @Column(name = "resolution_breach_reported", nullable = false)
    public boolean resolutionBreachReported;

    @Version
    public long version;

    public static Complaint receive(UUID customerId, ComplaintChannel channel, ComplaintCategory category,
            ComplaintSeverity severity, String description, String orderRef, String productCode, String batch,
            UUID sourceFeedbackId, Duration ackWithin, Duration resolveWithin, OffsetDateTime now) {
        Complaint c = new Complaint();
        c.id = UUID.randomUUID();
        c.customerId = customerId;
        c.channel = channel;
        c.category = category;
        c.severity = severity;
        c.description = description;
        c.orderRef = orderRef;
        c.productCode = productCode;
        c.batch = batch;
        c.sourceFeedbackId = sourceFeedbackId;
        c.status = ComplaintStatus.RECEIVED;
        c.receivedAt = now;
        c.ackDueAt = c.receivedAt.plus(ackWithin);
        c.resolutionDueAt = c.receivedAt.plus(resolveWithin);
        ComplaintReceived received = new ComplaintReceived(c.id, customerId, channel.name(), category.name(),
                severity.name(), description, orderRef, sourceFeedbackId, c.ackDueAt, c.resolutionDueAt);
        c.change("received").to(c.status).detail(received).event(ComplaintEventTypes.RECEIVED, received).record();
        return c;
    }

    public void acknowledge(OffsetDateTime now) {
        require(status == ComplaintStatus.RECEIVED, "complaint.acknowledge.state");
        ComplaintStatus before = status;
        status = ComplaintStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        moved("acknowledged", before, ComplaintEventTypes.ACKNOWLEDGED, null);
    }

    /** Records the root cause and containment; starts (or, while investigating, updates) the investigation. */
    public void investigate(String rootCause, String containment) {
        require(status == ComplaintStatus.ACKNOWLEDGED || status == ComplaintStatus.REOPENED
                || status == ComplaintStatus.INVESTIGATING, "complaint.investigate.state");
        this.rootCause = rootCause;
        this.containment = containment;
        ComplaintStatus before = status;
        status = ComplaintStatus.INVESTIGATING;
        moved("investigation-recorded", before, ComplaintEventTypes.INVESTIGATION_RECORDED,
                Map.of("rootCause", rootCause, "containment", containment));
    }

    public void resolve(String summary, Remedy remedy, OffsetDateTime now) {
        require(status == ComplaintStatus.INVESTIGATING, "complaint.resolve.state");
        this.resolutionSummary = summary;
        this.remedy = remedy;
        ComplaintStatus before = status;
        status = ComplaintStatus.RESOLVED;
        resolvedAt = now;
        moved("resolved", before, ComplaintEventTypes.RESOLVED, Map.of("summary", summary, "remedy", remedy));
    }

    /**
     * The customer's word on the resolution: accepted closes the complaint, signed by the person who records it
     * ({@code closing}); refused reopens it, and nothing is signed.
     */
    public void customerConfirms(boolean accepted, String comment, Signature closing, OffsetDateTime now) {
        require(status == ComplaintStatus.RESOLVED, "complaint.confirm.state");
        if (accepted) {
            Objects.requireNonNull(closing, "a closure is signed");
        }
        customerComment = comment;
        ComplaintStatus before = status;
        if (accepted) {
            status = ComplaintStatus.CLOSED;
            closedAt = now;
            closingSignature = closing;
        } else {
            // the refused resolution no longer counts as one (the history keeps it): the clock runs again
            status = ComplaintStatus.REOPENED;
            resolvedAt = null;
            reopenCount++;
        }
        Map<String, Object> detail = comment == null ? Map.of("accepted", accepted)
                : Map.of("accepted", accepted, "comment", comment);
        moved(accepted ? "closed" : "reopened", before, accepted ? ComplaintEventTypes.CLOSED : ComplaintEventTypes.REOPENED,
                detail, accepted ? closing : null);
    }

    public void withdraw(String reason, OffsetDateTime now) {
        require(WITHDRAWABLE.contains(status), "complaint.withdraw.state");
        customerComment = reason;
        ComplaintStatus before = status;
        status = ComplaintStatus.WITHDRAWN;
        withdrawnAt = now;
        moved("withdrawn", before, ComplaintEventTypes.WITHDRAWN, Map.of("reason", reason));
    }

    /**
     * Opens a corrective action against this complaint's cause: once the investigation has begun, and not on a
     * withdrawn complaint. The complaint's history notes it too.
     */
    public CorrectiveAction openCorrectiveAction(String description, String owner, LocalDate dueDate, OffsetDateTime now) {
        require(status == ComplaintStatus.INVESTIGATING || status == ComplaintStatus.RESOLVED || status == ComplaintStatus.REOPENED
                || status == ComplaintStatus.CLOSED, "complaint.action.state");
        CorrectiveAction action = CorrectiveAction.open(id, description, owner, dueDate, now);
        change("corrective-action-opened").in(status).detail(action.asEvent(description)).record();
        return action;
    }

    /**
     * Reports a missed deadline ({@code ACKNOWLEDGEMENT} or {@code RESOLUTION}). It changes no field here: the caller
     * claims the report flag with a conditional update that leaves the version (the ETag) alone.
     */
    public void reportMissedDeadline(String deadline) {
        SlaBreached breached = new SlaBreached(id, customerId, deadline,
                deadline.equals("RESOLUTION") ? resolutionDueAt : ackDueAt);
        change("sla-breached").in(status).detail(breached).event(ComplaintEventTypes.SLA_BREACHED, breached).record();
    }

    private void moved(String action, ComplaintStatus before, String eventType, Object detail) {
        moved(action, before, eventType, detail, null);
    }

    private void moved(String action, ComplaintStatus before, String eventType, Object detail, Signature signature) {
        change(action).from(before).to(status).detail(detail).signed(signature)
                .event(eventType, new ComplaintStatusChanged(id, customerId, before.name(), status.name(), detail)).record();
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }

    /** The same rules as {@link #ackBreached} and {@link #resolutionBreached}, for queries ({@code :now} bound). */
    public static final String ACK_BREACHED_HQL = "coalesce(acknowledgedAt, withdrawnAt, :now) > ackDueAt";
    public static final String RESOLUTION_BREACHED_HQL = "coalesce(resolvedAt, withdrawnAt, :now) > resolutionDueAt";

    public boolean ackBreached(OffsetDateTime at) {
        OffsetDateTime end = acknowledgedAt != null ? acknowledgedAt : stoppedAt(at);
        return end.isAfter(ackDueAt);
    }

    public boolean resolutionBreached(OffsetDateTime at) {
        OffsetDateTime end = resolvedAt != null ? resolvedAt : stoppedAt(at);
        return end.isAfter(resolutionDueAt);
    }

    public boolean slaBreached(OffsetDateTime at) {
        return ackBreached(at) || resolutionBreached(at);
    }

    /** The clock stops when the customer withdraws. */
    private OffsetDateTime stoppedAt(OffsetDateTime at) {
        return withdrawnAt != null ? withdrawnAt : at;
    }

    private void require(boolean allowed, String whyKey) {
        if (!allowed) {
            throw new IllegalTransitionException("complaint", status, Text.of(whyKey));
        }
    }
}
