package io.accord.review.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.accord.review.RequirementSummary;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service reads of {@code requirement.attachment-added} (accord-persistence's {@code AttachmentAdded}):
 * the requirement and the file's name and hash (tolerant reader; RequirementEventsContractTest checks it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddedAttachment(UUID ownerId, UUID attachmentId, String filename, String contentType, long size,
        String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

    public RequirementSummary.AttachedFile file() {
        return new RequirementSummary.AttachedFile(attachmentId, filename, contentType, size, sha256, uploadedBy, uploadedAt);
    }
}
