package io.accord.infra.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event waiting to be published. Written in the transaction of the state change it describes, deleted by
 * the relay only after the broker acknowledged it: an event exists if and only if its transaction committed.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Commit-ordered sequence; the relay publishes in this order, which keeps per-aggregate order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The complete CloudEvents envelope, serialised once at write time. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The W3C trace context of the writing transaction ({@code EventTrace}); null outside any trace. */
    @Column(length = 128)
    public String traceparent;

    @Column(length = 512)
    public String tracestate;

    /** Where the relay publishes it: null for the service's own topic ({@code accord.events.topic}). */
    @Column(length = 249)
    public String topic;
}
