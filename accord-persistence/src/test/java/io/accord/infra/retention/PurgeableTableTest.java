package io.accord.infra.retention;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a module may declare for purging, and the statement each batch runs. */
class PurgeableTableTest {

    @Test
    void aBatchDeletesTheOldestExpiredRowsThatNoOtherPurgeHasLocked() {
        String sql = new PurgeableTable("inbox", "inbox_event", "received_at").deleteBatch();

        assertEquals("delete from inbox_event where ctid = any(array(select ctid from inbox_event where received_at < ? "
                + "order by received_at limit ? for update skip locked))", sql);
    }

    @Test
    void theAuditTrailAndTheOutboxCanNeverBeDeclared() {
        assertThrows(IllegalArgumentException.class, () -> new PurgeableTable("audit", "audit_entry", "occurred_at"));
        assertThrows(IllegalArgumentException.class, () -> new PurgeableTable("outbox", "outbox_event", "created_at"));
    }

    @Test
    void onlyPlainIdentifiersReachTheStatement() {
        assertThrows(IllegalArgumentException.class, () -> new PurgeableTable("x", "t; drop table customer", "at"));
        assertThrows(IllegalArgumentException.class, () -> new PurgeableTable("x", "t", "at or true"));
        assertThrows(IllegalArgumentException.class, () -> new PurgeableTable("Not.A.Key", "t", "at"));
    }

    @Test
    void aTableWithoutAWindowStopsTheStartNamingTheSettingToAdd() {
        PurgeableTable table = new PurgeableTable("stream-tickets", "stream_ticket", "expires_at");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new RetentionJob(null,
                Clock.systemUTC(), RetentionConfig.of(2, 3, Map.of()), List.of(table), new SimpleMeterRegistry()));
        assertTrue(refused.getMessage().contains("accord.retention.window.stream-tickets"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> new RetentionJob(null, Clock.systemUTC(),
                RetentionConfig.of(2, 3, Map.of("stream-tickets", Duration.ofDays(-1))), List.of(table), new SimpleMeterRegistry()));
    }
}
