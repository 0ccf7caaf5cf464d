package io.accord.infra.outbox;

import io.accord.infra.changes.EventSink;
import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.events.EventOwners;
import io.accord.infra.events.EventTypes;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.tracing.EventTrace;
import io.accord.infra.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The only way a service emits a domain event: as a row in its own transaction. */
@ApplicationScoped
public class EventOutbox implements EventSink {

    private final EventEnvelopes envelopes;
    private final EventsConfig config;
    private final CurrentActor actor;
    private final OutboxSignal signal;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public EventOutbox(EventEnvelopes envelopes, EventsConfig config, CurrentActor actor, OutboxSignal signal,
            TransactionSynchronizationRegistry transactions, Clock clock) {
        this.envelopes = envelopes;
        this.config = config;
        this.actor = actor;
        this.signal = signal;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Appends an event to the outbox. Mandatory transaction: an event outside the state change's transaction
     * could be published for a change that rolls back.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String aggregateType, UUID aggregateId, Integer revision, String shortType, Object data) {
        row(aggregateType, aggregateId, revision, shortType, data).persist();
        transactions.registerInterposedSynchronization(signal.onCommit());
    }

    /**
     * Appends a report of this service about itself (its audit chain heads) for another topic than its own: such a
     * report names no aggregate of the service's domain, so the ownership table of domain events does not apply; the
     * envelope's {@code source} is still this service's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendReport(String topic, String aggregateType, UUID aggregateId, String shortType, Object data) {
        OutboxEvent row = envelope(aggregateType, aggregateId, null, shortType, data);
        row.topic = topic;
        row.persist();
        transactions.registerInterposedSynchronization(signal.onCommit());
    }

    /** The outbox row of an event, with its envelope and the trace context of the caller, not yet written. */
    OutboxEvent row(String aggregateType, UUID aggregateId, Integer revision, String shortType, Object data) {
        // what consumers would refuse at their door is a bug here: fail the transaction instead of dead-lettering later
        EventOwners.requirePublishable(config.topic(), config.source(), EventTypes.qualified(shortType));
        return envelope(aggregateType, aggregateId, revision, shortType, data);
    }

    private OutboxEvent envelope(String aggregateType, UUID aggregateId, Integer revision, String shortType, Object data) {
        UUID eventId = UUID.randomUUID();
        // the request (or consumed event) that caused this change: its consumers' work continues the same trace
        EventTrace trace = EventTrace.current();
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, eventId.toString(), config.source(),
                EventTypes.qualified(shortType), aggregateId.toString(),
                OffsetDateTime.now(clock), EventEnvelope.JSON,
                actor.name(), RequestIds.current(), revision, envelopes.mapper().valueToTree(data),
                trace.traceparent(), trace.tracestate());
        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId.toString();
        row.eventType = envelope.type();
        row.payload = envelopes.write(envelope);
        row.createdAt = envelope.time();
        row.traceparent = trace.traceparent();
        row.tracestate = trace.tracestate();
        return row;
    }
}
