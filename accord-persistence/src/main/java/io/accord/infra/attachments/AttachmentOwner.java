package io.accord.infra.attachments;

import java.util.Objects;
import java.util.UUID;

/**
 * The record an attachment belongs to, as the owning service's resource describes it after it found the record: its
 * aggregate (whose history records the upload), an optional part of it (a customer-property incident's number), its
 * state now (the history shows it before and after), the revision its events speak of, and the event an upload
 * publishes.
 */
public record AttachmentOwner(String aggregateType, UUID aggregateId, Integer part, Object state, Integer revision,
        String eventType) {

    public AttachmentOwner {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
    }

    /** The record itself (no part). */
    public static AttachmentOwner of(String aggregateType, UUID aggregateId, Object state, Integer revision,
            String eventType) {
        return new AttachmentOwner(aggregateType, aggregateId, null, state, revision, eventType);
    }

    /** One numbered part of the record (an incident of a customer's property). */
    public AttachmentOwner part(int n) {
        return new AttachmentOwner(aggregateType, aggregateId, n, state, revision, eventType);
    }
}
