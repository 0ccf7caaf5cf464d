package io.accord.review;

import io.accord.infra.changes.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of the review policy; a change makes a new version, and each review names the one it was routed by. */
@Entity
@Table(name = "review_policy")
public class ReviewPolicy extends Aggregate {

    public static final String AGGREGATE = "review-policy";

    /** The policy's history lives under one fixed aggregate id: its versions are one history, not one each. */
    public static final UUID AGGREGATE_ID = UUID.fromString("00000000-0000-0000-0000-00000000a11c");

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public PolicyRules rules;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static ReviewPolicy current() {
        return find("order by version desc").firstResult();
    }

    /** The next version of this policy, with {@code rules}; reviews already open keep the version they were routed by. */
    public ReviewPolicy replacedBy(PolicyRules rules, String by, OffsetDateTime now) {
        ReviewPolicy next = new ReviewPolicy();
        next.version = version + 1;
        next.rules = rules;
        next.createdBy = by;
        next.createdAt = now;
        next.change("policy version " + next.version).from("v" + version).to("v" + next.version).detail(rules).record();
        return next;
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return AGGREGATE_ID;
    }
}
