package io.accord.infra.attachments;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The record an attachment belongs to, as the owning service's resource describes it after it found the record: its
 * aggregate (whose history records the upload), an optional part of it (a customer-property incident's number), its
 * state now (the history shows it before and after), the revision its events speak of, the event an upload publishes,
 * and the permissions that may attach ({@code @PermissionsAllowed}'s rule: any one of them) — who may change the
 * record may attach to it; who may read it reads its attachments (the locator's own permission).
 */
public record AttachmentOwner(String aggregateType, UUID aggregateId, Integer part, Object state, Integer revision,
        String eventType, Set<String> mayAttach) {

    public AttachmentOwner {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        mayAttach = Set.copyOf(mayAttach);
    }

    /** The record itself (no part). */
    public static AttachmentOwner of(String aggregateType, UUID aggregateId, Object state, Integer revision,
            String eventType, Set<String> mayAttach) {
        return new AttachmentOwner(aggregateType, aggregateId, null, state, revision, eventType, mayAttach);
    }

    /** One numbered part of the record (an incident of a customer's property). */
    public AttachmentOwner part(int n) {
        return new AttachmentOwner(aggregateType, aggregateId, n, state, revision, eventType, mayAttach);
    }
}
