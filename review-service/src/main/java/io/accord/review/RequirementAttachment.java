package io.accord.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A file attached to a requirement, as {@code requirement.attachment-added} told of it: kept so that a review opened
 * later (the files usually come before the submission) lists it in its record.
 */
@Entity
@Table(name = "requirement_attachment")
public class RequirementAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "requirement_id", nullable = false)
    public UUID requirementId;

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    public static RequirementAttachment of(UUID requirementId, RequirementSummary.AttachedFile file) {
        RequirementAttachment a = new RequirementAttachment();
        a.id = file.id();
        a.requirementId = requirementId;
        a.filename = file.filename();
        a.contentType = file.contentType();
        a.size = file.size();
        a.sha256 = file.sha256();
        a.uploadedBy = file.uploadedBy();
        a.uploadedAt = file.uploadedAt();
        return a;
    }

    /** The requirement's files, oldest first. */
    public static List<RequirementSummary.AttachedFile> of(UUID requirementId) {
        return RequirementAttachment.<RequirementAttachment>list("requirementId = ?1 order by uploadedAt, id", requirementId)
                .stream().map(RequirementAttachment::file).toList();
    }

    public RequirementSummary.AttachedFile file() {
        return new RequirementSummary.AttachedFile(id, filename, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}
