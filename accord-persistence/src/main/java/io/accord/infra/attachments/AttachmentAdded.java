package io.accord.infra.attachments;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The payload of every {@code <aggregate>.attachment-added} event ({@code requirement.attachment-added},
 * {@code customer-property.attachment-added}, {@code complaint.attachment-added},
 * {@code corrective-action.attachment-added}): which record ({@code ownerId}, and for an incident its {@code part}),
 * and the file's description with its SHA-256 — never its bytes.
 */
public record AttachmentAdded(UUID ownerId, Integer part, UUID attachmentId, String filename, String contentType,
        long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

    static AttachmentAdded of(AttachmentOwner owner, Attachment a) {
        return new AttachmentAdded(owner.aggregateId(), owner.part(), a.id(), a.filename(), a.contentType(), a.size(),
                a.sha256(), a.uploadedBy(), a.uploadedAt());
    }
}
