package io.accord.infra.outbox;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventOwners;
import io.accord.infra.kafka.KafkaClientSettings;
import io.accord.infra.kafka.KafkaFailures;
import io.accord.infra.tracing.EventTrace;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Publishes outbox rows to the service's topic in batches: one query, one flush, one delete per batch.
 * Rows are deleted only after the broker acknowledged them (acks=all, idempotent producer), so a broker
 * outage delays events and loses none; a redelivered duplicate is absorbed by the consumers' inbox.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay per database at a time: two concurrent relays could reorder one aggregate's events. */
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('accord.outbox.relay'))";
    private static final String SELECT =
            "select id, aggregate_id, payload, traceparent, tracestate, topic from outbox_event order by id limit ?";
    private static final String DELETE = "delete from outbox_event where id = any(?)";

    private final DataSource dataSource;
    private final EventsConfig config;
    private final OutboxSignal signal;
    private final KafkaClientSettings kafka;
    private final EventTopics topics;
    private final Function<Map<String, Object>, Producer<String, String>> producers;
    private final Counter published;
    private final Counter failures;
    private final Timer batchTimer;

    private volatile boolean running;
    private volatile String lastError;
    private Thread worker;
    private Producer<String, String> producer;
    private Admin admin;
    private long lastProbeNanos;

    @Inject
    public OutboxRelay(AgroalDataSource dataSource, EventsConfig config, OutboxSignal signal, KafkaClientSettings kafka,
            EventTopics topics, MeterRegistry registry) {
        this(dataSource, config, signal, kafka, topics, registry, KafkaProducer::new);
    }

    /** With the producer made by {@code producers} from the relay's producer settings (tests pass a MockProducer). */
    OutboxRelay(DataSource dataSource, EventsConfig config, OutboxSignal signal, KafkaClientSettings kafka,
            EventTopics topics, MeterRegistry registry, Function<Map<String, Object>, Producer<String, String>> producers) {
        this.dataSource = dataSource;
        this.config = config;
        this.signal = signal;
        this.kafka = kafka;
        this.topics = topics;
        this.producers = producers;
        this.published = registry.counter("accord.outbox.published");
        this.failures = registry.counter("accord.outbox.batch.failures");
        this.batchTimer = registry.timer("accord.outbox.batch");
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        // a source or topic the consumers do not accept would send every event of this service to their dead-letter topics
        if (EventOwners.ofTopic(config.topic()).filter(owner -> owner.source().equals(config.source())).isEmpty()) {
            throw new IllegalStateException("accord.events.topic " + config.topic() + " with accord.events.source "
                    + config.source() + " is not a publisher Accord's consumers accept (see EventOwners)");
        }
        producer = producers.apply(producerConfig());
        admin = Admin.create(kafka.forClient(Map.of("default.api.timeout.ms", 10_000, "request.timeout.ms", 3_000)));
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            signal.committed();
            try {
                worker.join(config.relay().sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** The producer {@link #start} made, or (a relay tested without starting it) one made now. */
    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.apply(producerConfig());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        // fail a batch quickly while the broker is away; the rows stay and the next batch retries them
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.relay().sendTimeout().toMillis());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return kafka.forClient("outbox-relay-" + config.topic(), props);
    }

    private void loop() {
        while (running) {
            try {
                topics.provision(admin);
                if (topics.ownTopicMissing()) {
                    throw new IllegalStateException(topics.ownTopicMissingReason());
                }
                int sent = relayBatch();
                if (sent == 0) {
                    probeBroker();
                }
                lastError = null;
                if (sent < config.relay().batchSize()) {
                    signal.await(config.relay().idleWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                String reason = KafkaFailures.reason(e);
                if (!reason.equals(lastError)) {
                    // once per cause, not once a second for as long as it lasts
                    LOG.warnf("outbox relay batch failed, retrying every %s: %s", config.relay().errorBackoff(), reason);
                }
                lastError = reason;
                sleep();
            }
        }
    }

    /**
     * While idle, asks the broker every few seconds whether it is there, so readiness reflects Kafka even when
     * nothing is being published (the health endpoint itself never waits on the network).
     */
    private void probeBroker() throws Exception {
        if (System.nanoTime() - lastProbeNanos < TimeUnit.SECONDS.toNanos(5)) {
            return;
        }
        lastProbeNanos = System.nanoTime();
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
    }

    /**
     * Publishes up to one batch; returns how many rows it removed from the outbox. The acknowledged rows are deleted
     * (and counted) in a transaction that commits even when some rows were not acknowledged: only those stay, to be
     * sent again in their order, and the failure is reported after the commit so the relay backs off.
     */
    int relayBatch() throws SQLException, InterruptedException {
        Batch batch;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                batch = publishLocked(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            }
        }
        // counted once the deletes are committed: a rolled-back delete means the rows go out (and count) again
        published.increment(batch.acknowledged());
        if (batch.acknowledged() < batch.read()) {
            throw new UnacknowledgedEventsException(batch);
        }
        return batch.acknowledged();
    }

    private Batch publishLocked(Connection connection) throws SQLException, InterruptedException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet rs = lock.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return Batch.NONE;
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            new EventTrace(rs.getString(4), rs.getString(5)), rs.getString(6)));
                }
            }
        }
        if (rows.isEmpty()) {
            return Batch.NONE;
        }
        long start = System.nanoTime();
        Sent sent = send(rows);
        List<Long> acknowledged = sent.acknowledged();
        if (!acknowledged.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setArray(1, connection.createArrayOf("bigint", acknowledged.toArray()));
                delete.executeUpdate();
            }
        }
        batchTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return new Batch(rows.size(), acknowledged.size(), sent.firstFailure());
    }

    /**
     * Sends a batch and returns the ids that may be deleted. An aggregate with any unacknowledged row keeps all
     * its rows of this batch, so they go again in their order (duplicates are fine: inbox). A row the producer refuses
     * at once holds back the later rows of its aggregate, which are not even sent, so they cannot overtake it; one it
     * refuses for want of the broker ends the batch instead of blocking once per row.
     */
    private Sent send(List<Row> rows) throws InterruptedException {
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        Set<String> held = new HashSet<>();
        Throwable firstFailure = null;
        for (Row row : rows) {
            if (held.contains(row.aggregateId())) {
                futures.add(null);
                continue;
            }
            Future<RecordMetadata> future;
            try {
                future = producer().send(record(row));
            } catch (RuntimeException e) {
                LOG.debugf("send refused: %s", e.toString());
                firstFailure = e;
                break;
            }
            futures.add(future);
            Throwable refusal = refusal(future);
            if (refusal != null) {
                LOG.debugf("send refused: %s", refusal.toString());
                firstFailure = firstFailure == null ? refusal : firstFailure;
                held.add(row.aggregateId());
                if (refusal instanceof TimeoutException) {
                    // no metadata within max.block.ms: the broker is away, and every further row would wait as long
                    break;
                }
            }
        }
        producer().flush();
        for (int i = 0; i < rows.size(); i++) {
            Throwable failure = i < futures.size() && futures.get(i) != null ? failure(futures.get(i)) : null;
            firstFailure = firstFailure == null ? failure : firstFailure;
            if (i >= futures.size() || futures.get(i) == null || failure != null) {
                held.add(rows.get(i).aggregateId());
            }
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (!held.contains(row.aggregateId())) {
                acknowledged.add(row.id());
            }
        }
        return new Sent(acknowledged, firstFailure);
    }

    private ProducerRecord<String, String> record(Row row) {
        // a row without a topic goes to the service's own; the chain heads name theirs
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic() == null ? config.topic() : row.topic(),
                row.aggregateId(), row.payload());
        record.headers().add(EventEnvelope.CONTENT_TYPE_HEADER, EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        // the trace of the transaction that wrote the event, where Kafka tooling and the consumers look for it
        row.trace().addTo(record.headers());
        return record;
    }

    /** Why the producer failed a send at once (it does so instead of throwing), or null while it is under way or sent. */
    private static Throwable refusal(Future<RecordMetadata> future) throws InterruptedException {
        if (!future.isDone()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** Why a sent record was not acknowledged, or null when it was. */
    private Throwable failure(Future<RecordMetadata> future) throws InterruptedException {
        try {
            future.get(config.relay().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    private void sleep() {
        try {
            Thread.sleep(config.relay().errorBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Healthy unless the last attempt failed; a disabled relay is healthy (nothing to publish here). */
    public State state() {
        return new State(lastError == null, lastError, (long) published.count());
    }

    public record State(boolean healthy, String lastError, long published) {
    }

    private record Row(long id, String aggregateId, String payload, EventTrace trace, String topic) {
    }

    /** The ids the broker acknowledged, and why the first of the others was not (null when none failed). */
    private record Sent(List<Long> acknowledged, Throwable firstFailure) {
    }

    /**
     * Rows read from the outbox in one round, how many of them the broker acknowledged (and were deleted), and why
     * the first of the others was not.
     */
    private record Batch(int read, int acknowledged, Throwable firstFailure) {
        static final Batch NONE = new Batch(0, 0, null);
    }

    /** Some rows of a batch were not acknowledged: they stay in the outbox; the acknowledged ones are gone. */
    static final class UnacknowledgedEventsException extends IllegalStateException {
        private UnacknowledgedEventsException(Batch batch) {
            super((batch.read() - batch.acknowledged()) + " of " + batch.read()
                    + " events were not acknowledged by the broker; they stay in the outbox and are sent again"
                    + (batch.firstFailure() == null ? "" : ". First refusal: " + KafkaFailures.reason(batch.firstFailure())));
        }
    }
}
