package io.accord.infra.mail;

import io.quarkus.arc.properties.IfBuildProperty;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sends the mail outbox over SMTP. Woken by every commit that queued mail ({@link MailSignal}) and every
 * {@code accord.mail.relay.poll-every} for retries that came due. Each round claims a few due rows with
 * {@code for update skip locked} (several replicas take different rows, never the same), sends each with the blocking
 * {@link Mailer} and records the outcome in the same transaction: SENT; QUEUED again with a later
 * {@code next_attempt_at} (exponential backoff) when the server could not be reached or deferred it (4xx); FAILED with
 * the reason when the server refused it for good (5xx) or its attempts or age ran out.
 * <p>
 * Exactly once, as near as SMTP allows: a mail is marked SENT in the transaction that holds its row, right after the
 * server accepted it. Should the process die, or the database fail, between the server's answer and that commit, the
 * row is still QUEUED and the mail goes out again, with the same {@code Message-ID} (fixed when it was queued), by which
 * a receiving system or a reader's client can drop the duplicate. SMTP offers nothing closer: the server's acceptance
 * and our commit cannot be one transaction.
 */
@IfBuildProperty(name = "accord.mail.enabled", stringValue = "true", enableIfMissing = true)
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final String CLAIM = """
            select id, cause, recipient, subject, body_text, body_html, message_id, attempts, queued_at
            from mail_outbox where status = 'QUEUED' and next_attempt_at <= ?
            order by next_attempt_at, id limit ? for update skip locked""";
    /** Bodies of a sensitive mail (a one-time link) are cleared once it is out of the queue, sent or failed. */
    private static final String SENT = """
            update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,
                body_text = case when sensitive then null else body_text end,
                body_html = case when sensitive then null else body_html end
            where id = ?""";
    private static final String FAILED = """
            update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?,
                body_text = case when sensitive then null else body_text end,
                body_html = case when sensitive then null else body_html end
            where id = ?""";
    private static final String RETRY =
            "update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?";

    private final DataSource dataSource;
    private final Mailer mailer;
    private final MailConfig config;
    private final MailSignal signal;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Counter retried;

    private volatile boolean running;
    private volatile String serverError;
    private volatile String databaseError;
    private Thread worker;

    @Inject
    public MailRelay(AgroalDataSource dataSource, Mailer mailer, MailConfig config, MailSignal signal, Clock clock,
            MeterRegistry registry) {
        this((DataSource) dataSource, mailer, config, signal, clock, registry);
    }

    MailRelay(DataSource dataSource, Mailer mailer, MailConfig config, MailSignal signal, Clock clock,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.config = config;
        this.signal = signal;
        this.clock = clock;
        this.sent = outcome(registry, "sent", "Mails the SMTP server accepted");
        this.failed = outcome(registry, "failed", "Mails given up: refused for good, or out of attempts or time");
        this.retried = outcome(registry, "retried", "Failed attempts that will be retried");
    }

    private static Counter outcome(MeterRegistry registry, String status, String description) {
        return Counter.builder("accord.mail").tag("status", status).description(description).register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("mail relay disabled by configuration");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "mail-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            signal.committed();
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                int claimed = relayBatch();
                if (databaseError != null) {
                    LOG.info("mail relay reads the outbox again");
                }
                databaseError = null;
                if (claimed < config.relay().batchSize() || serverError != null) {
                    signal.await(config.relay().pollEvery());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!e.toString().equals(databaseError)) {
                    LOG.warnf("mail relay cannot read the outbox, retrying every %s: %s", config.relay().errorBackoff(), e);
                }
                databaseError = e.toString();
                try {
                    Thread.sleep(config.relay().errorBackoff().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Sends the mails due now, at most one batch, in one transaction; returns how many it claimed. When the server
     * cannot be reached the rest of the batch is left as it was (due, attempts unchanged) for the next round.
     */
    int relayBatch() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = claim(connection);
                List<Runnable> afterCommit = new ArrayList<>();
                for (Row row : rows) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                    SendFailure failure = send(row);
                    afterCommit.add(record(connection, row, failure));
                    if (failure != null && failure.kind() == SendFailure.Kind.UNREACHABLE) {
                        break;
                    }
                }
                connection.commit();
                // counted and logged once committed: a rolled-back round is sent (and counted) again
                afterCommit.forEach(Runnable::run);
                return rows.size();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<Row> claim(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, OffsetDateTime.now(clock));
            claim.setInt(2, config.relay().batchSize());
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getInt(8), rs.getObject(9, OffsetDateTime.class)));
                }
            }
        }
        return rows;
    }

    /** Null when the server accepted the mail. */
    private SendFailure send(Row row) {
        Mail mail = Mail.withText(row.recipient(), row.subject(), row.text()).setFrom(config.from());
        if (row.html() != null) {
            mail.setHtml(row.html());
        }
        mail.addHeader("Message-ID", row.messageId());
        try {
            mailer.send(mail);
            if (serverError != null) {
                LOG.infof("SMTP server reachable again");
            }
            serverError = null;
            return null;
        } catch (RuntimeException e) {
            SendFailure failure = SendFailure.of(e);
            if (failure.kind() == SendFailure.Kind.UNREACHABLE) {
                if (!failure.reason().equals(serverError)) {
                    LOG.warnf("mail relay cannot send, mail waits in the outbox: %s", failure.reason());
                }
                serverError = failure.reason();
            }
            return failure;
        }
    }

    /** Writes the outcome of one attempt; returns what to count and log once it is committed. */
    private Runnable record(Connection connection, Row row, SendFailure failure) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (failure == null) {
            update(connection, SENT, now, row.id());
            return sent::increment;
        }
        int attempts = row.attempts() + 1;
        boolean givenUp = failure.kind() == SendFailure.Kind.REFUSED || attempts >= config.relay().maxAttempts()
                || !row.queuedAt().plus(config.relay().maxAge()).isAfter(now);
        if (givenUp) {
            String reason = failure.kind() == SendFailure.Kind.REFUSED ? failure.reason()
                    : failure.reason() + " (given up after " + attempts + " attempts)";
            update(connection, FAILED, reason, row.id());
            // who and why, never what: a body may carry a secret
            return () -> {
                failed.increment();
                LOG.warnf("mail to %s (%s) FAILED: %s", row.recipient(), row.cause(), reason);
            };
        }
        try (PreparedStatement retry = connection.prepareStatement(RETRY)) {
            retry.setString(1, failure.reason());
            retry.setObject(2, now.plus(backoff(attempts)));
            retry.setLong(3, row.id());
            retry.executeUpdate();
        }
        return () -> {
            retried.increment();
            if (failure.kind() == SendFailure.Kind.DEFERRED) {
                LOG.infof("mail to %s (%s) deferred, attempt %d: %s", row.recipient(), row.cause(), attempts, failure.reason());
            }
        };
    }

    /** {@code backoff · 2^(attempts-1)}, at most {@code max-backoff}. */
    Duration backoff(int attempts) {
        Duration base = config.relay().backoff();
        Duration max = config.relay().maxBackoff();
        int doublings = Math.min(attempts - 1, 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    private static void update(Connection connection, String sql, Object first, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, first);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Healthy unless the SMTP server could not be reached at the last attempt; a disabled relay is healthy. */
    public State state() {
        return new State(serverError == null && databaseError == null,
                serverError != null ? serverError : databaseError, (long) sent.count(), (long) failed.count());
    }

    public record State(boolean healthy, String lastError, long sent, long failed) {
    }

    private record Row(long id, String cause, String recipient, String subject, String text, String html,
            String messageId, int attempts, OffsetDateTime queuedAt) {
    }
}
