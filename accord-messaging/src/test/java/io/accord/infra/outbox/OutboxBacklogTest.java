package io.accord.infra.outbox;

import io.accord.testsupport.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backlog gauges read from the real outbox table (PostgreSQL), with the age measured on the given clock. */
class OutboxBacklogTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static PGSimpleDataSource db;

    SimpleMeterRegistry registry;

    @BeforeAll
    static void database() {
        db = new PGSimpleDataSource();
        db.setURL(TestDatabases.recreate("accord_infra_backlog_test"));
        db.setUser(TestDatabases.user());
        db.setPassword(TestDatabases.password());
        Flyway.configure().dataSource(db).locations("classpath:db/accord-infra").load().migrate();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from outbox_event");
        }
        registry = new SimpleMeterRegistry();
        new OutboxBacklog(db, Clock.fixed(NOW, ZoneOffset.UTC)).bindTo(registry);
    }

    @Test
    void anEmptyOutboxHasNothingPendingAndNoAge() {
        assertEquals(0, gauge("accord.outbox.pending"));
        assertEquals(0, gauge("accord.outbox.oldest.age"));
    }

    @Test
    void everyRowIsPendingAndTheFirstInLineGivesTheAge() throws Exception {
        append(NOW.minusSeconds(90));
        append(NOW.minusSeconds(30));
        append(NOW.minusMillis(1500));

        assertEquals(3, gauge("accord.outbox.pending"));
        assertEquals(90, gauge("accord.outbox.oldest.age"), 0.001);
        assertEquals("seconds", registry.get("accord.outbox.oldest.age").gauge().getId().getBaseUnit());
    }

    @Test
    void aDatabaseThatCannotBeReadGivesNoNumberRatherThanZero() {
        PGSimpleDataSource closed = new PGSimpleDataSource();
        closed.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
        SimpleMeterRegistry unreadable = new SimpleMeterRegistry();
        new OutboxBacklog(closed, Clock.fixed(NOW, ZoneOffset.UTC)).bindTo(unreadable);

        assertTrue(Double.isNaN(unreadable.get("accord.outbox.pending").gauge().value()));
        assertTrue(Double.isNaN(unreadable.get("accord.outbox.oldest.age").gauge().value()));
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private static void append(Instant createdAt) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, payload, created_at)
                values (?, 'requirement', ?, 'accord.requirement.captured', '{}', ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, UUID.randomUUID().toString());
            insert.setObject(3, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
