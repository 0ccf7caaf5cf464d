package io.accord.infra.attachments;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.changes.EventSink;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.security.CurrentActor;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The attachments of any record, written once for every service (README "Attachments"). A resource's locator hands
 * {@link #of} how to find the record ({@link AttachmentOwner}; a 404 when it does not exist) and who may attach, and the
 * sub-resource answers {@code …/attachments}. Who may change the record attaches (any one of the permissions, as
 * {@code @PermissionsAllowed} reads them), checked before the record is looked up or a byte of the file is read; who
 * may read it reads its files (the locator's own {@code @PermissionsAllowed}). An
 * upload is stored, entered in the owner's hash-chained history and announced ({@code <aggregate>.attachment-added})
 * in one transaction, as every change of a record is.
 *
 * <p>Split between the libraries: what needs no database (allow-list, filenames, {@code Content-Disposition},
 * multipart, the body limit) is accord-web's; this part stores and records, so it lives beside the audit trail, in
 * accord-persistence, as the history sub-resource does.
 */
@ApplicationScoped
public class Attachments {

    /** The history's action for an upload; its detail names the file and hash. */
    public static final String ACTION = "attachment added";

    private final AttachmentStore store;
    private final AuditTrail audit;
    private final Instance<EventSink> events;
    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final Clock clock;
    private final long maxBytes;

    public Attachments(AttachmentStore store, AuditTrail audit, Instance<EventSink> events, SecurityIdentity identity,
            CurrentActor actor, Clock clock, AttachmentsConfig config) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.identity = identity;
        this.actor = actor;
        this.clock = clock;
        this.maxBytes = config.maxSize().asLongValue();
    }

    /** The {@code …/attachments} sub-resource of a record the caller may read (the locator checked that). */
    public AttachmentsResource of(Supplier<AttachmentOwner> owner, String... mayAttach) {
        return new AttachmentsResource(this, owner, Set.of(mayAttach));
    }

    /** 403 unless the caller holds one of the permissions. */
    void checkMayAttach(Set<String> mayAttach) {
        if (mayAttach.stream().noneMatch(p -> identity.checkPermissionBlocking(permission(p)))) {
            throw new ForbiddenException();
        }
    }

    /**
     * Stores the file, records it in the owner's history and publishes its event; refuses 403, 400, 413, 415. The
     * transaction lasts as long as the file takes to arrive: 10 minutes (not the default minute) let a 20 MB upload
     * over a slow line finish.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Attachment add(AttachmentOwner owner, IncomingFile file) {
        String filename = Filenames.sanitise(file.filename());
        try {
            byte[] head = file.content().readNBytes(ContentTypes.HEAD_BYTES);
            String type = ContentTypes.check(file.contentType(), head);
            InputStream content = new SequenceInputStream(new ByteArrayInputStream(head), file.content());
            Attachment attachment = store.save(owner, filename, type, content, maxBytes, actor.name(), OffsetDateTime.now(clock));
            audit.record(owner.aggregateType(), owner.aggregateId(), ACTION, owner.state(), owner.state(), detail(owner, attachment));
            if (events.isResolvable()) {
                events.get().append(owner.aggregateType(), owner.aggregateId(), owner.revision(), owner.eventType(),
                        AttachmentAdded.of(owner, attachment));
            }
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Attachment> list(AttachmentOwner owner) {
        return store.list(owner);
    }

    /** 404 for an id that is not this owner's attachment. */
    public Attachment get(AttachmentOwner owner, UUID attachmentId) {
        return store.find(owner, attachmentId)
                .orElseThrow(() -> new ResourceNotFoundException("attachment", attachmentId));
    }

    AttachmentStore store() {
        return store;
    }

    private static Map<String, Object> detail(AttachmentOwner owner, Attachment a) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (owner.part() != null) {
            detail.put("part", owner.part());
        }
        detail.put("attachmentId", a.id());
        detail.put("filename", a.filename());
        detail.put("contentType", a.contentType());
        detail.put("size", a.size());
        detail.put("sha256", a.sha256());
        return detail;
    }

    /** As {@code @PermissionsAllowed} reads {@code resource:action}. */
    private static StringPermission permission(String permission) {
        int colon = permission.indexOf(':');
        return new StringPermission(permission.substring(0, colon), permission.substring(colon + 1));
    }
}
