package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which events this service has applied, in the same transaction as their effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time an event is seen; false for a redelivery, whose effect is already committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(EventEnvelope event) {
        int inserted = entityManager.createNativeQuery("""
                insert into inbox_event (source, event_id, event_type, received_at)
                values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, event.source() == null ? "" : event.source())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
