package io.accord.infra.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.security.CurrentActor;
import io.accord.testsupport.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
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
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The trace of the request that caused an event goes with the event: the outbox stores the current span's W3C trace
 * context with the row (and in the envelope, as the CloudEvents extension), and the relay sends it as the record's
 * {@code traceparent} and {@code tracestate} headers. Against the real outbox table, with Kafka's MockProducer in the
 * broker's place; the consumer's side is in {@code IncomingEventsTest}, the whole way through the suite in the
 * end-to-end {@code TracingIT}.
 */
class OutboxTraceTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN_ID = "00f067aa0ba902b7";
    static PGSimpleDataSource db;

    final OutboxRelayTest.Broker broker = new OutboxRelayTest.Broker();
    final CurrentActor actor = new CurrentActor("requirements-service");
    final EventOutbox outbox = new EventOutbox(new EventEnvelopes(new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)), new OutboxRelayTest.Config(), actor,
            new OutboxSignal(), null, Clock.systemUTC());
    OutboxRelay relay;

    @BeforeAll
    static void database() {
        String url = TestDatabases.recreate("accord_infra_outbox_trace_test");
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
        relay = new OutboxRelay(db, new OutboxRelayTest.Config(), new OutboxSignal(), Map.of(), new SimpleMeterRegistry(),
                settings -> broker);
    }

    @Test
    void theTraceContextOfTheWritingRequestIsStoredWithTheRowAndSentAsRecordHeaders() throws Exception {
        SpanContext request = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(),
                TraceState.builder().put("accord", "1").build());
        OutboxEvent row;
        try (Scope scope = Context.root().with(Span.wrap(request)).makeCurrent()) {
            row = write();
        }
        insert(row);

        String traceparent = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";
        assertEquals(traceparent, stored("traceparent"));
        assertEquals("accord=1", stored("tracestate"));
        JsonNode envelope = new ObjectMapper().readTree(row.payload);
        assertEquals(traceparent, envelope.get("traceparent").asText(), "the CloudEvents distributed tracing extension");

        assertEquals(1, relay.relayBatch());
        ProducerRecord<String, String> sent = broker.history().get(0);
        assertEquals(traceparent, header(sent, "traceparent"));
        assertEquals("accord=1", header(sent, "tracestate"));
    }

    @Test
    void anEventWrittenOutsideAnyTraceHasNoTraceContextAndNoTraceHeaders() throws Exception {
        insert(write());

        assertNull(stored("traceparent"));
        assertEquals(1, relay.relayBatch());
        ProducerRecord<String, String> sent = broker.history().get(0);
        assertNull(sent.headers().lastHeader("traceparent"));
        assertNull(sent.headers().lastHeader("tracestate"));
        assertFalse(new ObjectMapper().readTree(sent.value()).has("traceparent"));
    }

    /** The row EventOutbox makes for a requirement's submission, on behalf of a person as in a request. */
    private OutboxEvent write() {
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
}
