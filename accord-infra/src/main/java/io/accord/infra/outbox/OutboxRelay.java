package io.accord.infra.outbox;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventOwners;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    private static final String SELECT = "select id, aggregate_id, payload from outbox_event order by id limit ?";
    private static final String DELETE = "delete from outbox_event where id = any(?)";

    private final AgroalDataSource dataSource;
    private final EventsConfig config;
    private final OutboxSignal signal;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failures;
    private final Timer batchTimer;

    private volatile boolean running;
    private volatile String lastError;
    private volatile boolean topicReady;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Admin admin;
    private long lastProbeNanos;

    public OutboxRelay(AgroalDataSource dataSource, EventsConfig config, OutboxSignal signal,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.signal = signal;
        this.kafkaConfig = kafkaConfig;
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
        producer = new KafkaProducer<>(producerConfig());
        Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
        adminConfig.put("default.api.timeout.ms", 10_000);
        adminConfig.put("request.timeout.ms", 3_000);
        admin = Admin.create(adminConfig);
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
            producer.close(java.time.Duration.ofSeconds(5));
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
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
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.topic());
        return props;
    }

    private void loop() {
        while (running) {
            try {
                ensureTopic();
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
                lastError = e.toString();
                LOG.warnf("outbox relay batch failed, retrying in %s: %s", config.relay().errorBackoff(), e.toString());
                sleep();
            }
        }
    }

    private void ensureTopic() throws Exception {
        if (topicReady) {
            return;
        }
        try {
            admin.createTopics(List.of(new NewTopic(config.topic(), config.topicPartitions(),
                    config.topicReplicationFactor()))).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        topicReady = true;
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

    /** Publishes up to one batch; returns how many rows it removed from the outbox. */
    int relayBatch() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int done = publishLocked(connection);
                connection.commit();
                return done;
            } catch (SQLException | RuntimeException | InterruptedException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishLocked(Connection connection) throws SQLException, InterruptedException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet rs = lock.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        List<Long> acknowledged = send(rows);
        if (!acknowledged.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setArray(1, connection.createArrayOf("bigint", acknowledged.toArray()));
                delete.executeUpdate();
            }
        }
        batchTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        published.increment(acknowledged.size());
        if (acknowledged.size() < rows.size()) {
            throw new IllegalStateException((rows.size() - acknowledged.size()) + " of " + rows.size()
                    + " events were not acknowledged by the broker");
        }
        return acknowledged.size();
    }

    /**
     * Sends a batch and returns the ids that may be deleted. An aggregate with any unacknowledged row keeps all
     * its rows of this batch, so its events are never published out of order (duplicates are fine: inbox).
     */
    private List<Long> send(List<Row> rows) throws InterruptedException {
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        Set<String> failedAggregates = new HashSet<>();
        for (Row row : rows) {
            try {
                ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), row.aggregateId(), row.payload());
                record.headers().add(EventEnvelope.CONTENT_TYPE_HEADER,
                        EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                futures.add(producer.send(record));
            } catch (RuntimeException e) {
                // metadata unavailable: the broker is away; stop here instead of blocking once per row
                LOG.debugf("send refused: %s", e.toString());
                break;
            }
        }
        producer.flush();
        List<Long> acknowledged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (i >= futures.size() || !succeeded(futures.get(i))) {
                failedAggregates.add(rows.get(i).aggregateId());
            }
        }
        for (int i = 0; i < futures.size(); i++) {
            if (!failedAggregates.contains(rows.get(i).aggregateId())) {
                acknowledged.add(rows.get(i).id());
            }
        }
        return acknowledged;
    }

    private boolean succeeded(Future<RecordMetadata> future) throws InterruptedException {
        try {
            future.get(config.relay().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
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

    private record Row(long id, String aggregateId, String payload) {
    }
}
