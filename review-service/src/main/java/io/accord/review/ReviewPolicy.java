package io.accord.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One version of the review policy; a change makes a new version, and each review names the one it was routed by. */
@Entity
@Table(name = "review_policy")
public class ReviewPolicy extends PanacheEntityBase {

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
}
