package io.accord.infra.mail;

import io.quarkus.arc.properties.IfBuildProperty;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

/**
 * The mail queue as operations watch it (the stuck-queue alert): {@code accord_mail_queued} (mails not sent yet, retries
 * included) and {@code accord_mail_oldest_queued_age_seconds} (how long the oldest of them has waited, 0 when none).
 * Read from the table when metrics are scraped (one query on the partial index of queued rows, shared by both gauges for
 * a second); NaN while the database cannot be read.
 */
@IfBuildProperty(name = "accord.mail.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class MailBacklog implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(MailBacklog.class);
    private static final String QUERY = "select count(*), min(queued_at) from mail_outbox where status = 'QUEUED'";
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private double[] last;
    private long lastReadNanos;

    public MailBacklog(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("accord.mail.queued", this, backlog -> backlog.read()[0])
                .description("Mails queued and not sent yet (waiting or retrying)")
                .strongReference(true)
                .register(registry);
        Gauge.builder("accord.mail.oldest.queued.age", this, backlog -> backlog.read()[1])
                .description("How long the oldest mail not sent yet has waited (0 when none)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private synchronized double[] read() {
        if (last == null || System.nanoTime() - lastReadNanos >= FRESH_NANOS) {
            last = query();
            lastReadNanos = System.nanoTime();
        }
        return last;
    }

    private double[] query() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery(QUERY)) {
                rs.next();
                OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                double age = oldest == null ? 0
                        : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toNanos() / 1e9);
                return new double[] {rs.getLong(1), age};
            }
        } catch (SQLException e) {
            LOG.debugf("mail queue not readable: %s", e.toString());
            return new double[] {Double.NaN, Double.NaN};
        }
    }
}
