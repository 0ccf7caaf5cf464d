package io.accord.requirements;

import io.accord.infra.errors.IllegalTransitionException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One inquiry, tender, contract or order with numbered revisions. State transitions live here and refuse
 * illegal moves with a 409 that names the current state.
 */
@Entity
@Table(name = "requirement")
public class Requirement extends PanacheEntityBase {

    public static final String AGGREGATE = "requirement";

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequirementSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequirementStatus status;

    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public RequirementContent content;

    @Column(name = "review_id")
    public UUID reviewId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Requirement capture(UUID customerId, RequirementSource source, RequirementContent content, String actor) {
        Requirement r = new Requirement();
        r.id = UUID.randomUUID();
        r.customerId = customerId;
        r.source = source;
        r.content = content;
        r.revision = 1;
        r.status = source.isUnwritten() ? RequirementStatus.AWAITING_CONFIRMATION : RequirementStatus.CAPTURED;
        r.createdBy = actor;
        r.createdAt = OffsetDateTime.now();
        r.updatedAt = r.createdAt;
        return r;
    }

    /** Sends the current revision to review. */
    public void submit() {
        if (status == RequirementStatus.AWAITING_CONFIRMATION) {
            throw new IllegalTransitionException("requirement", status,
                    "an unwritten requirement must be confirmed with the customer before submission");
        }
        if (!RequirementStatus.SUBMITTABLE.contains(status)) {
            throw new IllegalTransitionException("requirement", status, "only a captured, confirmed or amended record can be submitted");
        }
        moveTo(RequirementStatus.SUBMITTED);
    }

    /** A review was opened for a revision; ignored for any revision but the current one. */
    public boolean reviewOpened(UUID review, int forRevision) {
        if (forRevision != revision || status != RequirementStatus.SUBMITTED) {
            return false;
        }
        reviewId = review;
        moveTo(RequirementStatus.UNDER_REVIEW);
        return true;
    }

    /** The general manager decided; only a decision on the current revision under review moves the record. */
    public boolean reviewDecided(UUID review, int forRevision, RequirementStatus outcome) {
        if (forRevision != revision || !RequirementStatus.IN_REVIEW.contains(status)) {
            return false;
        }
        reviewId = review;
        moveTo(outcome);
        return true;
    }

    private void moveTo(RequirementStatus next) {
        status = next;
        updatedAt = OffsetDateTime.now();
    }
}
