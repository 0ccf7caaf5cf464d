package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Remembers which events this service has applied, in the same transaction as their effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;

    public Inbox(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** True the first time an event is seen; false for a redelivery, whose effect is already committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(EventEnvelope event) {
        int inserted = entityManager.createNativeQuery("""
                insert into inbox_event (source, event_id, event_type, received_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, event.source() == null ? "" : event.source())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate();
        return inserted == 1;
    }
}
