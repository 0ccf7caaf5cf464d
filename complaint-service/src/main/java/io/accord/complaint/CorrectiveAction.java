package io.accord.complaint;

import io.accord.infra.errors.IllegalTransitionException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
public class CorrectiveAction extends PanacheEntityBase {

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

    /** How often a verification found it ineffective. */
    @Column(name = "ineffective_count", nullable = false)
    public int ineffectiveCount;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Version
    public long version;

    public static CorrectiveAction open(UUID complaintId, String description, String owner, LocalDate dueDate,
            OffsetDateTime now) {
        CorrectiveAction action = new CorrectiveAction();
        action.id = UUID.randomUUID();
        action.complaintId = complaintId;
        action.description = description;
        action.owner = owner;
        action.dueDate = dueDate;
        action.status = Status.OPEN;
        action.openedAt = now;
        return action;
    }

    public void implement(String note, OffsetDateTime now) {
        if (status != Status.OPEN && status != Status.INEFFECTIVE) {
            throw new IllegalTransitionException("corrective action", status, "only an OPEN (or INEFFECTIVE) action can be implemented");
        }
        implementationNote = note;
        implementedAt = now;
        status = Status.IMPLEMENTED;
    }

    /** The effectiveness check: effective closes the action, ineffective opens it again. */
    public void verify(boolean effective, String note, OffsetDateTime now) {
        if (status != Status.IMPLEMENTED) {
            throw new IllegalTransitionException("corrective action", status, "only an IMPLEMENTED action can be verified");
        }
        verificationNote = note;
        verifiedAt = now;
        if (effective) {
            status = Status.VERIFIED;
        } else {
            ineffectiveCount++;
            status = Status.INEFFECTIVE;
        }
    }
}
