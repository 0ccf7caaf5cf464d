package io.accord.infra.chainheads;

import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.outbox.EventsConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the heads of this service's audit chains on its chain-heads topic, every {@code accord.audit.chain-heads
 * .every}: one publication covers the entries written since the previous one ({@code audit_chain_publication}), as one
 * or more {@code accord.audit.chain-heads} events through the outbox (in the transaction that moves the mark, so a
 * publication is neither lost nor doubled). It publishes when nothing changed too: the table's last entry and size
 * then still say the history did not shrink. Replicas take turns on the mark's row lock.
 */
@ApplicationScoped
public class ChainHeadsPublisher {

    public static final String EVENT_TYPE = "audit.chain-heads";
    /** The outbox's aggregate of a publication: the service's audit trail as a whole. */
    static final String AGGREGATE_TYPE = "audit-trail";

    private final EntityManager entities;
    private final EventOutbox outbox;
    private final ChainHeadsConfig config;
    private final String source;
    private final Clock clock;

    public ChainHeadsPublisher(EntityManager entities, EventOutbox outbox, ChainHeadsConfig config, EventsConfig events,
            Clock clock) {
        this.entities = entities;
        this.outbox = outbox;
        this.config = config;
        this.source = events.source();
        this.clock = clock;
    }

    @Scheduled(every = "${accord.audit.chain-heads.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        publish();
    }

    /** One publication; returns it (its first event's data, with every head of the publication). */
    @Transactional
    public ChainHeads publish() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        entities.createNativeQuery("insert into audit_chain_publication (id, published_through, published_at) "
                + "values (1, 0, :now) on conflict (id) do nothing").setParameter("now", now).executeUpdate();
        long from = number(entities.createNativeQuery(
                "select published_through from audit_chain_publication where id = 1 for update").getSingleResult());
        Object newest = entities.createNativeQuery("select max(id) from audit_entry where id > :from and occurred_at <= :settled")
                .setParameter("from", from).setParameter("settled", now.minus(config.settle())).getSingleResult();
        long through = newest == null ? from : number(newest);
        List<ChainHeads.Head> heads = through == from ? List.of() : heads(from, through);
        Object[] last = last(through);
        String lastHash = last == null ? null : (String) last[0];
        long entries = last == null ? 0 : number(last[1]);

        int size = Math.max(1, config.maxHeadsPerEvent());
        int parts = Math.max(1, (heads.size() + size - 1) / size);
        UUID trail = UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8));
        for (int part = 1; part <= parts; part++) {
            List<ChainHeads.Head> these = heads.subList((part - 1) * size, Math.min(heads.size(), part * size));
            outbox.appendReport(config.topic(), AGGREGATE_TYPE, trail, EVENT_TYPE,
                    new ChainHeads(source, now, from, through, lastHash, entries, part, parts, List.copyOf(these)));
        }
        entities.createNativeQuery("update audit_chain_publication set published_through = :through, published_at = :now "
                + "where id = 1").setParameter("through", through).setParameter("now", now).executeUpdate();
        return new ChainHeads(source, now, from, through, lastHash, entries, 1, parts, heads);
    }

    @SuppressWarnings("unchecked")
    private List<ChainHeads.Head> heads(long from, long through) {
        List<Object[]> rows = entities.createNativeQuery("select distinct on (aggregate_type, aggregate_id) aggregate_type, "
                        + "aggregate_id, seq, hash, occurred_at from audit_entry where id > :from and id <= :through "
                        + "order by aggregate_type, aggregate_id, seq desc")
                .setParameter("from", from).setParameter("through", through).getResultList();
        List<ChainHeads.Head> heads = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            heads.add(new ChainHeads.Head((String) row[0], (UUID) row[1], (int) number(row[2]), ((String) row[3]).trim(),
                    time(row[4])));
        }
        return heads;
    }

    /** The hash of entry {@code through} and the number of entries up to it, or null for an empty history. */
    private Object[] last(long through) {
        if (through == 0) {
            return null;
        }
        List<?> rows = entities.createNativeQuery("select e.hash, (select count(*) from audit_entry where id <= :through) "
                + "from audit_entry e where e.id = :through").setParameter("through", through).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Object[]{((String) row[0]).trim(), row[1]};
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
