package io.accord.infra.attachments;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One stored file's description (its bytes stay in the store until downloaded). */
public record Attachment(UUID id, String filename, String contentType, long size, String sha256, String uploadedBy,
        OffsetDateTime uploadedAt) {
}
