package io.accord.complaint;

import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.events.CorrectiveActionChanged;
import io.accord.infra.changes.Aggregate;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A corrective action against a complaint's cause (纠正措施): {@code OPEN → IMPLEMENTED → VERIFIED} when the check
 * finds it effective, {@code IMPLEMENTED → INEFFECTIVE} when it does not; an ineffective action is open again
 * (PROCESS.md: {@code INEFFECTIVE → OPEN}): it is implemented anew and checked again.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends Aggregate {

    public static final String AGGREGATE = "corrective-action";

    public enum Status { OPEN, IMPLEMENTED, VERIFIED, INEFFECTIVE }

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "implementation_note", columnDefinition = "text")
    public String implementationNote;

    @Column(name = "implemented_at")
    public OffsetDateTime implementedAt;

    @Column(name = "verification_note", columnDefinition = "text")
    public String verificationNote;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    /**
     * The signature of the last effectiveness check: {@code VERIFIED} or {@code FOUND_INEFFECTIVE}, by the quality
     * department's checker (the history keeps every check's).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "verification_signature", columnDefinition = "jsonb")
    public Signature verificationSignature;

    /** How often a verification found it ineffective. */
    @Column(name = "ineffective_count", nullable = false)
    public int ineffectiveCount;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Version
    public long version;

    /** Opened by its complaint ({@link Complaint#openCorrectiveAction}), which checks that the complaint allows it. */
    static CorrectiveAction open(UUID complaintId, String description, String owner, LocalDate dueDate,
            OffsetDateTime now) {
        CorrectiveAction action = new CorrectiveAction();
        action.id = UUID.randomUUID();
        action.complaintId = complaintId;
        action.description = description;
        action.owner = owner;
        action.dueDate = dueDate;
        action.status = Status.OPEN;
        action.openedAt = now;
        CorrectiveActionChanged opened = action.asEvent(description);
        action.change("opened").to(action.status).detail(opened).event(ComplaintEventTypes.ACTION_OPENED, opened).record();
        return action;
    }

    public void implement(String note, OffsetDateTime now) {
        if (status != Status.OPEN && status != Status.INEFFECTIVE) {
            throw new IllegalTransitionException("corrective action", status, Text.of("complaint.action.implement.state"));
        }
        implementationNote = note;
        implementedAt = now;
        Status before = status;
        status = Status.IMPLEMENTED;
        changed("implemented", before, ComplaintEventTypes.ACTION_IMPLEMENTED, note);
    }

    /** The meaning a checker's signature has for this outcome of the effectiveness check. */
    public static SignatureMeaning verificationMeaning(boolean effective) {
        return effective ? SignatureMeaning.VERIFIED : SignatureMeaning.FOUND_INEFFECTIVE;
    }

    /** The effectiveness check, signed: effective closes the action, ineffective opens it again. */
    public void verify(boolean effective, String note, Signature signature, OffsetDateTime now) {
        if (status != Status.IMPLEMENTED) {
            throw new IllegalTransitionException("corrective action", status, Text.of("complaint.action.verify.state"));
        }
        if (signature == null || signature.meaning() != verificationMeaning(effective)) {
            throw new IllegalArgumentException("a verification is signed " + verificationMeaning(effective));
        }
        verificationNote = note;
        verifiedAt = now;
        verificationSignature = signature;
        Status before = status;
        if (effective) {
            status = Status.VERIFIED;
            changed("verified-effective", before, ComplaintEventTypes.ACTION_VERIFIED, note, signature);
        } else {
            ineffectiveCount++;
            status = Status.INEFFECTIVE;
            changed("verified-ineffective", before, ComplaintEventTypes.ACTION_INEFFECTIVE, note, signature);
        }
    }

    private void changed(String action, Status before, String eventType, String note) {
        changed(action, before, eventType, note, null);
    }

    private void changed(String action, Status before, String eventType, String note, Signature signature) {
        CorrectiveActionChanged data = asEvent(note);
        change(action).from(before).to(status).detail(data).signed(signature).event(eventType, data).record();
    }

    /** The data of the {@code corrective-action.*} events, and of the complaint's history when one is opened. */
    CorrectiveActionChanged asEvent(String note) {
        return new CorrectiveActionChanged(id, complaintId, status.name(), owner, dueDate, note);
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }
}
