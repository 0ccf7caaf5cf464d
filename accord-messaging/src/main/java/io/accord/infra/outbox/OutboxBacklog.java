package io.accord.infra.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The outbox's backlog as operations watch it: {@code accord_outbox_pending} (events not yet published) and
 * {@code accord_outbox_oldest_age_seconds} (how long the oldest of them has waited, 0 when none). The relay deletes a
 * row once the broker acknowledged it, so every row in {@code outbox_event} is pending. Both gauges are read from the
 * table when metrics are scraped, with one query over the primary key (a count, and the first row in publishing
 * order), shared by the two gauges for a second. While the database cannot be read they are NaN.
 */
@ApplicationScoped
public class OutboxBacklog implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String QUERY =
            "select count(*), (select created_at from outbox_event order by id limit 1) from outbox_event";
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DataSource dataSource;
    private final Clock clock;
    private Snapshot last;
    private long lastReadNanos;

    @Inject
    public OutboxBacklog(AgroalDataSource dataSource, Clock clock) {
        this((DataSource) dataSource, clock);
    }

    OutboxBacklog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("accord.outbox.pending", this, backlog -> backlog.read().pending())
                .description("Events in the outbox not yet published to Kafka")
                .strongReference(true)
                .register(registry);
        Gauge.builder("accord.outbox.oldest.age", this, backlog -> backlog.read().oldestAgeSeconds())
                .description("How long the oldest unpublished event has waited in the outbox (0 when none)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    /** The backlog now, or as read less than a second ago (one scrape reads the table once for both gauges). */
    synchronized Snapshot read() {
        long now = System.nanoTime();
        if (last == null || now - lastReadNanos >= FRESH_NANOS) {
            last = query();
            lastReadNanos = System.nanoTime();
        }
        return last;
    }

    private Snapshot query() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery(QUERY)) {
                rs.next();
                long pending = rs.getLong(1);
                OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                double age = oldest == null ? 0
                        : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toNanos() / 1e9);
                return new Snapshot(pending, age);
            }
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not readable: %s", e.toString());
            return Snapshot.UNKNOWN;
        }
    }

    /** Pending events and the oldest one's age in seconds; NaN for both when the table could not be read. */
    record Snapshot(double pending, double oldestAgeSeconds) {
        static final Snapshot UNKNOWN = new Snapshot(Double.NaN, Double.NaN);
    }
}
