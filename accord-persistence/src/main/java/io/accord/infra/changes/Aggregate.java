package io.accord.infra.changes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An entity whose state changes are first-class: each behaviour method that changes state records a
 * {@link DomainChange} ({@link #change(String)}), and {@link ChangeWriter} writes the pending changes of every
 * aggregate in the persistence context as audit entries and outbox rows before the use case's transaction ends.
 * The changes live only in memory: they are written once and then forgotten, and a rolled-back transaction takes
 * them with it.
 */
@MappedSuperclass
public abstract class Aggregate extends PanacheEntityBase {

    /** Orders changes across aggregates within one transaction; only the relative order matters. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Transient
    private transient List<DomainChange> pendingChanges;

    /** The aggregate's type in its history and in the outbox ({@code requirement}, {@code review}). */
    public abstract String aggregateType();

    /** The id its history and its events are keyed by. */
    public abstract UUID aggregateId();

    /** The revision an event of this aggregate speaks of; null for aggregates without revisions. */
    protected Integer eventRevision() {
        return null;
    }

    /** Starts describing a change; {@link ChangeBuilder#record()} adds it to the pending changes. */
    protected final ChangeBuilder change(String action) {
        return new ChangeBuilder(this, action);
    }

    /** The changes made since they were last written, oldest first. */
    public final List<DomainChange> pendingChanges() {
        return pendingChanges == null ? List.of() : Collections.unmodifiableList(pendingChanges);
    }

    /** Hands the pending changes over (to be written) and forgets them, so none is written twice. */
    public final List<DomainChange> takeChanges() {
        List<DomainChange> taken = pendingChanges == null ? List.of() : List.copyOf(pendingChanges);
        pendingChanges = null;
        return taken;
    }

    final void add(DomainChange change) {
        if (pendingChanges == null) {
            pendingChanges = new ArrayList<>();
        }
        pendingChanges.add(change);
    }

    static long nextOrder() {
        return SEQUENCE.incrementAndGet();
    }
}
