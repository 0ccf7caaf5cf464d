package io.accord.infra.inbox;

import io.accord.infra.retention.PurgeableTable;
import io.accord.infra.retention.RetentionConfig;
import io.accord.infra.retention.RetentionJob;
import io.accord.testsupport.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox's retention on the real PostgreSQL, migrated as a service's database is (this module's Flyway defaults and
 * an app migration of its own): old inbox rows go in bounded batches, recent ones, every outbox row and the audit trail
 * stay, and two replicas purging at once delete and count each row once.
 */
class InboxRetentionTest {

    static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
    static PGSimpleDataSource db;

    @BeforeAll
    static void database() throws IOException {
        db = new PGSimpleDataSource();
        db.setURL(TestDatabases.recreate("accord_infra_retention_test"));
        db.setUser(TestDatabases.user());
        db.setPassword(TestDatabases.password());
        migrate();
    }

    /** With the settings every service gets from this module's defaults. */
    static void migrate() throws IOException {
        Properties defaults = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        String[] locations = Arrays.stream(defaults.getProperty("quarkus.flyway.locations").split(","))
                .map(location -> "classpath:" + location).toArray(String[]::new);
        Flyway.configure().dataSource(db).locations(locations)
                .outOfOrder(Boolean.parseBoolean(defaults.getProperty("quarkus.flyway.out-of-order", "false")))
                .load().migrate();
    }

    @BeforeEach
    void empty() throws SQLException {
        sql("delete from inbox_event", "delete from outbox_event");
    }

    @Test
    void inboxRowsOlderThanTheWindowGoWhileRecentOnesTheOutboxAndTheAuditTrailStay() throws SQLException {
        receive("old-1", Duration.ofDays(15));
        receive("old-2", Duration.ofDays(15));
        receive("old-3", Duration.ofDays(30));
        receive("recent", Duration.ofDays(13));
        unpublished(Duration.ofDays(400));
        audited(Duration.ofDays(400));
        long audit = count("audit_entry");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        Map<String, Long> purged = job(registry, 2, 10).purgeExpired();

        assertEquals(Map.of("inbox_event", 3L), purged);
        assertEquals(List.of("recent"), inbox());
        assertEquals(1, count("outbox_event"), "an unpublished event is kept whatever its age");
        assertEquals(audit, count("audit_entry"), "the history is never purged");
        assertEquals(3.0, registry.counter("accord.retention.purged", "table", "inbox_event").count());
    }

    @Test
    void oneRunDeletesAtMostItsBatchesAndTheNextRunGoesOn() throws SQLException {
        for (int i = 0; i < 7; i++) {
            receive("old-" + i, Duration.ofDays(20));
        }

        assertEquals(6L, job(new SimpleMeterRegistry(), 2, 3).purgeExpired().get("inbox_event"));
        assertEquals(1L, job(new SimpleMeterRegistry(), 2, 3).purgeExpired().get("inbox_event"));
        assertEquals(0, count("inbox_event"));
    }

    @Test
    void twoReplicasPurgingAtOnceDeleteAndCountEveryRowOnce() throws Exception {
        sql("insert into inbox_event (source, event_id, event_type, received_at) select 's', g::text, 't', "
                + "timestamptz '2030-01-01 00:00:00+00' from generate_series(1, 2000) g");
        SimpleMeterRegistry first = new SimpleMeterRegistry();
        SimpleMeterRegistry second = new SimpleMeterRegistry();

        CompletableFuture<Map<String, Long>> a = CompletableFuture.supplyAsync(() -> job(first, 10, 1000).purgeExpired());
        CompletableFuture<Map<String, Long>> b = CompletableFuture.supplyAsync(() -> job(second, 10, 1000).purgeExpired());

        assertEquals(2000L, a.get().get("inbox_event") + b.get().get("inbox_event"));
        assertEquals(2000.0, first.counter("accord.retention.purged", "table", "inbox_event").count()
                + second.counter("accord.retention.purged", "table", "inbox_event").count());
        assertEquals(0, count("inbox_event"));
    }

    @Test
    void aDatabaseMigratedBeforeTheRetentionIndexGetsItAtItsNextStart() throws Exception {
        // as a service's database was before: its own migrations applied after db/accord-infra's V0_1, no index yet
        sql("drop index inbox_event_received_at", "delete from flyway_schema_history where version = '0.3'");

        migrate();

        assertEquals(1, count("pg_indexes where indexname = 'inbox_event_received_at'"));
    }

    RetentionJob job(SimpleMeterRegistry registry, int batchSize, int maxBatches) {
        return new RetentionJob(db, Clock.fixed(NOW, ZoneOffset.UTC),
                RetentionConfig.of(batchSize, maxBatches, Map.of("inbox", Duration.ofDays(14))),
                List.of(new InboxRetention().inbox()), registry);
    }

    void receive(String eventId, Duration ago) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into inbox_event (source, event_id, event_type, received_at) values ('s', ?, 't', ?)")) {
            s.setString(1, eventId);
            s.setObject(2, OffsetDateTime.ofInstant(NOW.minus(ago), ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    void unpublished(Duration ago) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into outbox_event "
                + "(event_id, aggregate_type, aggregate_id, event_type, payload, created_at) values (?, 'a', 'a1', 't', '{}', ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, OffsetDateTime.ofInstant(NOW.minus(ago), ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    void audited(Duration ago) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into audit_entry "
                + "(aggregate_type, aggregate_id, seq, actor, occurred_at, action, previous_hash, hash) "
                + "values ('a', ?, 1, 'x', ?, 'created', repeat('0', 64), repeat('1', 64))")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, OffsetDateTime.ofInstant(NOW.minus(ago), ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    List<String> inbox() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select event_id from inbox_event order by event_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    long count(String from) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void sql(String... statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
