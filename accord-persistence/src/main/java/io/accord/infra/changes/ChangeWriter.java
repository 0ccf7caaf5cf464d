package io.accord.infra.changes;

import io.accord.infra.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one writer of audit entries and outbox rows for aggregate changes. It finds the aggregates with pending
 * changes among the entities of the current transaction, and writes each change — in the order the changes were
 * made — as an audit entry and, when it carries an event, an outbox row.
 */
@ApplicationScoped
public class ChangeWriter {

    private final EntityManager entities;
    private final AuditTrail audit;
    private final Instance<EventSink> events;

    public ChangeWriter(EntityManager entities, AuditTrail audit, Instance<EventSink> events) {
        this.entities = entities;
        this.audit = audit;
        this.events = events;
    }

    /** Writes and forgets every pending change of the transaction's aggregates; returns how many it wrote. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int writePending() {
        List<Pending> pending = new ArrayList<>();
        for (Map.Entry<Object, EntityEntry> managed : entities.unwrap(SessionImplementor.class)
                .getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            if (managed.getKey() instanceof Aggregate aggregate && !aggregate.pendingChanges().isEmpty()) {
                aggregate.takeChanges().forEach(change -> pending.add(new Pending(aggregate, change)));
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        // the state goes to the database first, as it did when use cases flushed by hand: a refused write (a stale
        // version, a unique key) fails the use case before any history or event of it exists
        entities.flush();
        pending.sort(Comparator.comparingLong(p -> p.change().order()));
        for (Pending p : pending) {
            write(p.aggregate(), p.change());
        }
        return pending.size();
    }

    private void write(Aggregate aggregate, DomainChange change) {
        audit.record(aggregate.aggregateType(), aggregate.aggregateId(), change.action(), change.stateBefore(),
                change.stateAfter(), change.detail(), change.signature());
        if (change.event() != null) {
            if (!events.isResolvable()) {
                throw new IllegalStateException(aggregate.aggregateType() + " recorded the event "
                        + change.event().type() + " but this app has no event outbox");
            }
            events.get().append(aggregate.aggregateType(), aggregate.aggregateId(), change.revision(),
                    change.event().type(), change.event().payload());
        }
    }

    private record Pending(Aggregate aggregate, DomainChange change) {
    }
}
