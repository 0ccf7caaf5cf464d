package io.accord.requirements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An immutable snapshot of one revision's content, with why it was made and which fields it changed. */
@Entity
@Table(name = "requirement_revision")
@IdClass(RequirementRevision.Key.class)
public class RequirementRevision extends PanacheEntityBase {

    @Id
    @Column(name = "requirement_id")
    public UUID requirementId;

    @Id
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public RequirementContent content;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changed_paths", columnDefinition = "jsonb", nullable = false)
    public List<String> changedPaths = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static RequirementRevision of(Requirement r, String reason, List<String> changedPaths, String actor,
            OffsetDateTime now) {
        RequirementRevision rev = new RequirementRevision();
        rev.requirementId = r.id;
        rev.revision = r.revision;
        rev.content = r.content;
        rev.reason = reason;
        rev.changedPaths = new ArrayList<>(changedPaths);
        rev.createdBy = actor;
        rev.createdAt = now;
        return rev;
    }

    public static RequirementRevision find(UUID requirementId, int revision) {
        return find("requirementId = ?1 and revision = ?2", requirementId, revision).firstResult();
    }

    public static class Key implements Serializable {
        public UUID requirementId;
        public int revision;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.revision == revision && Objects.equals(k.requirementId, requirementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requirementId, revision);
        }
    }
}
