package io.accord.infra.retention;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Deletes the rows of every {@link PurgeableTable} older than its window, in batches of short transactions, oldest
 * first. Safe on several replicas at once: batches skip rows another purge has locked, and each replica counts only
 * what its own statements deleted ({@code accord_retention_purged_total{table}}). Started with the app so that a table
 * declared without a window stops the start instead of growing unnoticed.
 */
@Startup
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final RetentionConfig config;
    private final List<PurgeableTable> tables;
    private final MeterRegistry registry;

    @Inject
    RetentionJob(AgroalDataSource dataSource, Clock clock, RetentionConfig config, Instance<PurgeableTable> tables,
            MeterRegistry registry) {
        this(dataSource, clock, config, tables.stream().toList(), registry);
    }

    /** Outside an application (a test on a plain datasource). */
    public RetentionJob(DataSource dataSource, Clock clock, RetentionConfig config, List<PurgeableTable> tables,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.tables = List.copyOf(tables);
        this.registry = registry;
        for (PurgeableTable table : this.tables) {
            window(table);
        }
    }

    /** Not at start-up, when the app is busiest; never two runs of one replica at once. */
    @Scheduled(every = "${accord.retention.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeExpired();
    }

    /** One run over every table; returns the rows this call deleted per table. */
    public Map<String, Long> purgeExpired() {
        Map<String, Long> purged = new LinkedHashMap<>();
        StringJoiner report = new StringJoiner(", ");
        for (PurgeableTable table : tables) {
            Duration window = window(table);
            try {
                Purge purge = purge(table, OffsetDateTime.now(clock).minus(window));
                purged.put(table.table(), purge.rows());
                if (purge.rows() > 0) {
                    registry.counter("accord.retention.purged", "table", table.table()).increment(purge.rows());
                    report.add(table.table() + " " + purge.rows() + " (older than " + readable(window) + ")"
                            + (purge.complete() ? "" : ", more left for the next run"));
                }
            } catch (SQLException | RuntimeException e) {
                // one table's failure (database away, lock timeout) does not keep the others from their purge
                LOG.warnf("retention: purging %s failed, the next run tries again: %s", table.table(), e.toString());
            }
        }
        if (report.length() > 0) {
            LOG.infof("retention purged %s", report);
        }
        return purged;
    }

    /** The rows deleted, and whether the table had no more expired rows when the run stopped. */
    private record Purge(long rows, boolean complete) {
    }

    private Purge purge(PurgeableTable table, OffsetDateTime cutoff) throws SQLException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(table.deleteBatch())) {
            connection.setAutoCommit(true);
            delete.setObject(1, cutoff);
            delete.setInt(2, config.batchSize());
            for (int batch = 0; batch < config.maxBatchesPerRun(); batch++) {
                int deleted = delete.executeUpdate();
                rows += deleted;
                if (deleted < config.batchSize()) {
                    return new Purge(rows, true);
                }
            }
        }
        return new Purge(rows, false);
    }

    /** 14d rather than PT336H in the log. */
    private static String readable(Duration window) {
        return window.toSeconds() % 86_400 == 0 ? window.toDays() + "d" : window.toString().substring(2).toLowerCase();
    }

    private Duration window(PurgeableTable table) {
        Duration window = config.window().get(table.name());
        if (window == null || window.isNegative()) {
            throw new IllegalStateException(table.table() + " grows with traffic and needs a retention window: set "
                    + "accord.retention.window." + table.name() + " (e.g. 14D)");
        }
        return window;
    }
}
