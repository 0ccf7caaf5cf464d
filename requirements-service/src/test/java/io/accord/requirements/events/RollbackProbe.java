package io.accord.requirements.events;

import io.accord.infra.changes.ChangeWriter;
import io.accord.infra.changes.WritesChanges;
import io.accord.requirements.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Test-only: a state change whose history and event are written, in one transaction that then fails. */
@ApplicationScoped
@WritesChanges
public class RollbackProbe {

    private final ChangeWriter writer;
    private final EntityManager entities;
    private final Clock clock;

    public RollbackProbe(ChangeWriter writer, EntityManager entities, Clock clock) {
        this.writer = writer;
        this.entities = entities;
        this.clock = clock;
    }

    /** Returns nothing: it fails after the audit entry and the outbox row exist in its transaction. */
    @Transactional
    public void registerThenFail(String code, UUID[] registered) {
        Customer customer = Customer.register(code, "doomed", List.of(), "en", false, OffsetDateTime.now(clock));
        customer.persist();
        registered[0] = customer.id;
        if (writer.writePending() != 1 || outboxRows(customer.id) != 1) {
            throw new AssertionError("the change was not written inside the transaction");
        }
        throw new IllegalStateException("simulated failure after the event was written");
    }

    @Transactional
    public long outboxRows(UUID aggregateId) {
        return ((Number) entities.createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, aggregateId.toString()).getSingleResult()).longValue();
    }

    @Transactional
    public long auditEntries(UUID aggregateId) {
        return ((Number) entities.createNativeQuery("select count(*) from audit_entry where aggregate_id = ?1")
                .setParameter(1, aggregateId).getSingleResult()).longValue();
    }
}
