package io.accord.infra.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.kafka.KafkaClientSettings;
import io.accord.infra.security.CurrentActor;
import io.accord.testsupport.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The relay against the real outbox table (PostgreSQL) and Kafka's {@link MockProducer} in the broker's place, so a
 * test decides which records the broker acknowledges. What must hold: an acknowledged row is deleted and counted once,
 * whatever happens to the rest of its batch; an unacknowledged one stays and goes again, its aggregate's later events
 * with it and after it. The trace of the request that wrote an event goes with it: the outbox stores the current span's
 * W3C trace context with the row (and in the envelope), the relay sends it as the record's {@code traceparent} and
 * {@code tracestate} headers (the consumer's side is in {@code IncomingEventsTest}, the whole way through the suite
 * in the end-to-end {@code RequestTracingIT}).
 */
class OutboxRelayTest {

    static final String TOPIC = "accord.requirements";
    static PGSimpleDataSource db;

    Broker broker;
    SimpleMeterRegistry registry;
    OutboxRelay relay;

    @BeforeAll
    static void database() {
        String url = TestDatabases.recreate("accord_infra_outbox_test");
        db = new PGSimpleDataSource();
        db.setURL(url);
        db.setUser(TestDatabases.user());
        db.setPassword(TestDatabases.password());
        Flyway.configure().dataSource(db).locations("classpath:db/accord-infra").load().migrate();
    }

    @BeforeEach
    void relay() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from outbox_event");
        }
        broker = new Broker();
        registry = new SimpleMeterRegistry();
        Config config = new Config();
        relay = new OutboxRelay(db, config, new OutboxSignal(), new KafkaClientSettings(Map.of()),
                new EventTopics(config, new TopicUses(TOPIC, Map.of(TOPIC, "the outbox relay"), Map.of())), registry, settings -> broker);
    }

    @Test
    void acknowledgedRowsStayDeletedWhenOthersOfTheBatchFailAndAreCountedOnce() throws Exception {
        append("A", "a1");
        append("B", "b1");
        append("A", "a2");
        append("C", "c1");
        broker.failAtFlush("b1", new NotEnoughReplicasException("not enough in-sync replicas"));

        assertThrows(IllegalStateException.class, relay::relayBatch);
        assertEquals(List.of("b1"), pending(), "only the unacknowledged event waits in the outbox");
        assertEquals(3.0, published());

        assertEquals(1, relay.relayBatch());
        assertEquals(List.of("a1", "b1", "a2", "c1", "b1"), broker.sent(), "the acknowledged events are not sent again");
        assertEquals(List.of(), pending());
        assertEquals(4.0, published(), "accord_outbox_published_total counts each event once");
    }

    @Test
    void anUnacknowledgedEventKeepsItsAggregatesLaterEventsAndTheyGoAgainInOrder() throws Exception {
        append("A", "a1");
        append("A", "a2");
        append("B", "b1");
        broker.failAtFlush("a1", new NotEnoughReplicasException("not enough in-sync replicas"));

        assertThrows(IllegalStateException.class, relay::relayBatch);
        assertEquals(List.of("a1", "a2"), pending());
        assertEquals(1.0, published());

        broker.sent().clear();
        assertEquals(2, relay.relayBatch());
        assertEquals(List.of("a1", "a2"), broker.sent());
        assertEquals(List.of(), pending());
        assertEquals(3.0, published());
    }

    @Test
    void anEventRefusedAtOnceHoldsBackItsAggregatesLaterEventsWhichAreNotSentBeforeIt() throws Exception {
        append("A", "a1");
        append("A", "a2");
        append("B", "b1");
        broker.refuseAtOnce("a1", new RecordTooLargeException("too large"));

        assertThrows(IllegalStateException.class, relay::relayBatch);
        assertEquals(List.of("a1", "b1"), broker.sent(), "a2 must not reach the broker before a1");
        assertEquals(List.of("a1", "a2"), pending());
        assertEquals(1.0, published());
    }

    @Test
    void whileTheBrokerIsAwayNothingIsDeletedOrCountedAndTheBatchStopsAtTheFirstRefusal() throws Exception {
        append("A", "a1");
        append("B", "b1");
        append("C", "c1");
        broker.refuseAtOnce("a1", new TimeoutException("Topic accord.requirements not present in metadata after 3000 ms."));

        assertThrows(IllegalStateException.class, relay::relayBatch);
        assertEquals(List.of("a1"), broker.sent(), "one wait for the missing broker per batch, not one per row");
        assertEquals(List.of("a1", "b1", "c1"), pending());
        assertEquals(0.0, published());

        broker.sent().clear();
        assertEquals(3, relay.relayBatch());
        assertEquals(List.of("a1", "b1", "c1"), broker.sent());
        assertEquals(List.of(), pending());
        assertEquals(3.0, published());
    }

    @Test
    void theTraceContextOfTheWritingRequestIsStoredWithTheRowAndSentAsRecordHeaders() throws Exception {
        SpanContext request = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.builder().put("accord", "1").build());
        OutboxEvent row;
        try (Scope scope = Context.root().with(Span.wrap(request)).makeCurrent()) {
            row = written();
        }
        insert(row);

        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertEquals(traceparent, stored("traceparent"));
        assertEquals("accord=1", stored("tracestate"));
        assertEquals(traceparent, new ObjectMapper().readTree(row.payload).get("traceparent").asText(),
                "the CloudEvents distributed tracing extension");

        assertEquals(1, relay.relayBatch());
        ProducerRecord<String, String> sent = broker.history().get(0);
        assertEquals(traceparent, header(sent, "traceparent"));
        assertEquals("accord=1", header(sent, "tracestate"));
    }

    @Test
    void anEventWrittenOutsideAnyTraceHasNoTraceContextAndNoTraceHeaders() throws Exception {
        insert(written());

        assertNull(stored("traceparent"));
        assertEquals(1, relay.relayBatch());
        ProducerRecord<String, String> sent = broker.history().get(0);
        assertNull(sent.headers().lastHeader("traceparent"));
        assertNull(sent.headers().lastHeader("tracestate"));
        assertFalse(new ObjectMapper().readTree(sent.value()).has("traceparent"));
    }

    /** The row EventOutbox makes for a requirement's submission, on behalf of a person as in a request. */
    private static OutboxEvent written() {
        CurrentActor actor = new CurrentActor("requirements-service");
        EventOutbox outbox = new EventOutbox(new EventEnvelopes(new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)), new Config(), actor, new OutboxSignal(), null,
                Clock.systemUTC());
        OutboxEvent[] row = new OutboxEvent[1];
        actor.runAs("li.na", () -> row[0] = outbox.row("requirement", UUID.randomUUID(), 2, "requirement.submitted",
                Map.of("title", "pumps")));
        return row[0];
    }

    /** What Hibernate writes for the entity in the app's transaction. */
    private static void insert(OutboxEvent row) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, payload, created_at,
                                          traceparent, tracestate)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, row.eventId);
            insert.setString(2, row.aggregateType);
            insert.setString(3, row.aggregateId);
            insert.setString(4, row.eventType);
            insert.setString(5, row.payload);
            insert.setObject(6, row.createdAt);
            insert.setString(7, row.traceparent);
            insert.setString(8, row.tracestate);
            insert.executeUpdate();
        }
    }

    private static String stored(String column) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select " + column + " from outbox_event")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private double published() {
        return registry.counter("accord.outbox.published").count();
    }

    private static void append(String aggregate, String payload) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, payload, created_at)
                values (?, 'requirement', ?, 'accord.requirement.captured', ?, ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, aggregate);
            insert.setString(3, payload);
            insert.setObject(4, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    private static List<String> pending() throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select payload from outbox_event order by id")) {
            while (rs.next()) {
                payloads.add(rs.getString(1));
            }
        }
        return payloads;
    }

    /**
     * The broker as the relay sees it through its producer: it acknowledges every record when the producer flushes,
     * except those a test makes it fail then (an error reported later, as from the broker) or refuse at once (as the
     * real producer does for a record it cannot send, or when no metadata came within max.block.ms).
     */
    static final class Broker extends MockProducer<String, String> {
        private final Map<String, RuntimeException> atFlush = new HashMap<>();
        private final Map<String, RuntimeException> atOnce = new HashMap<>();
        private final List<String> sent = new ArrayList<>();
        private final List<String> awaiting = new ArrayList<>();

        Broker() {
            super(false, null, new StringSerializer(), new StringSerializer());
        }

        void failAtFlush(String payload, RuntimeException error) {
            atFlush.put(payload, error);
        }

        void refuseAtOnce(String payload, RuntimeException error) {
            atOnce.put(payload, error);
        }

        /** Payloads in the order the relay sent them. */
        List<String> sent() {
            return sent;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
            sent.add(record.value());
            RuntimeException refusal = atOnce.remove(record.value());
            if (refusal != null) {
                return CompletableFuture.failedFuture(refusal);
            }
            awaiting.add(record.value());
            return super.send(record);
        }

        @Override
        public synchronized void flush() {
            // MockProducer completes its records in the order they were sent, as the broker acknowledges a partition
            for (String payload : awaiting) {
                RuntimeException error = atFlush.remove(payload);
                if (error == null) {
                    completeNext();
                } else {
                    errorNext(error);
                }
            }
            awaiting.clear();
        }
    }

    /** The relay's settings as a service configures them (accord.events.*). */
    static final class Config implements EventsConfig {
        @Override
        public String source() {
            return "/accord/requirements-service";
        }

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public int topicPartitions() {
            return 1;
        }

        @Override
        public short topicReplicationFactor() {
            return 1;
        }

        @Override
        public boolean createTopics() {
            return true;
        }

        @Override
        public Relay relay() {
            return new Relay() {
                @Override
                public boolean enabled() {
                    return true;
                }

                @Override
                public int batchSize() {
                    return 500;
                }

                @Override
                public Duration idleWait() {
                    return Duration.ofMillis(250);
                }

                @Override
                public Duration errorBackoff() {
                    return Duration.ofSeconds(1);
                }

                @Override
                public Duration sendTimeout() {
                    return Duration.ofSeconds(5);
                }
            };
        }
    }
}
