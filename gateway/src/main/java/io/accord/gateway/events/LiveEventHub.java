package io.accord.gateway.events;

import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.events.EventOwners;
import io.accord.infra.kafka.KafkaClientSettings;
import io.accord.infra.kafka.KafkaFailures;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads every domain topic (each replica on its own, from the newest record) and fans the events out to the
 * open streams. Keeps the last few minutes so a reconnecting client can resume after its {@code Last-Event-ID}.
 * A failure of the Kafka consumer does not end the stream for good: the hub closes it, waits (backing off up to
 * {@link #MAX_BACKOFF}) and reads on with a new one from where it stopped; meanwhile {@link #status()} says it cannot.
 */
@ApplicationScoped
public class LiveEventHub {

    private static final Logger LOG = Logger.getLogger(LiveEventHub.class);
    private static final int MAX_RECENT = 10_000;
    private static final Duration POLL = Duration.ofMillis(500);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Whether the hub reads Kafka now; {@code lastError} and {@code since} explain a failure. */
    public record Status(State state, String lastError, Instant since, long failures) {
        public boolean reading() {
            return state == State.STARTING || state == State.READING;
        }
    }

    public enum State { STARTING, READING, FAILING, STOPPED }

    /** An open stream, handed each event the hub reads. */
    @FunctionalInterface
    public interface Subscriber {
        void onEvent(LiveEvent event);
    }

    private final List<String> topics;
    private final RecentEvents recent;
    private final Supplier<Consumer<String, String>> consumers;
    private final Duration firstBackoff;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    /** Where reading goes on after a new consumer is made: the next offset of each partition read so far. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Consumer<String, String> consumer;
    private final Clock clock;
    private volatile Status status;
    private Thread worker;

    @Inject
    public LiveEventHub(KafkaClientSettings kafka, GatewayConfig config, Clock clock) {
        this(config.events().topics(), config.events().retention(), () -> newConsumer(kafka), FIRST_BACKOFF, clock);
    }

    /** With the consumers {@code consumers} makes (tests pass Kafka's MockConsumer) and the first pause after a failure. */
    LiveEventHub(List<String> topics, Duration retention, Supplier<Consumer<String, String>> consumers, Duration firstBackoff,
            Clock clock) {
        this.topics = topics;
        this.clock = clock;
        this.status = new Status(State.STARTING, null, clock.instant(), 0);
        this.recent = new RecentEvents(MAX_RECENT, retention.toNanos());
        this.consumers = consumers;
        this.firstBackoff = firstBackoff;
    }

    /** Where the broker is and how to log in come from the settings every Accord Kafka client shares. */
    private static Consumer<String, String> newConsumer(KafkaClientSettings kafka) {
        return new KafkaConsumer<>(kafka.forClient(Map.of(
                // every replica sees every event: a group of its own, nothing committed
                ConsumerConfig.GROUP_ID_CONFIG, "gateway-live-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())));
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::loop, "live-events");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            // ends a pause after a failure at once
            worker.interrupt();
        }
    }

    /** What the health check reports: STOPPED also when the reading thread has died, whatever it said last. */
    public Status status() {
        Status current = status;
        if (running && worker != null && !worker.isAlive()) {
            return new Status(State.STOPPED, current.lastError(), current.since(), current.failures());
        }
        return current;
    }

    private void loop() {
        Duration backoff = firstBackoff;
        while (running) {
            try {
                readWithNewConsumer();
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                status = new Status(State.FAILING, KafkaFailures.reason(e), clock.instant(), status.failures() + 1);
                LOG.errorf(e, "live event stream cannot read Kafka; a new consumer tries again in %s", backoff);
                if (!pause(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                continue;
            }
            backoff = firstBackoff;
        }
        status = new Status(State.STOPPED, status.lastError(), clock.instant(), status.failures());
    }

    /** Reads until shutdown or a failure; the consumer is closed either way. */
    private void readWithNewConsumer() {
        Consumer<String, String> current = consumers.get();
        consumer = current;
        try {
            current.subscribe(topics, new ResumeWhereReadingStopped(current));
            while (running) {
                for (ConsumerRecord<String, String> record : current.poll(POLL)) {
                    accept(record.topic(), record.value());
                    positions.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
                if (status.state() != State.READING) {
                    status = new Status(State.READING, null, clock.instant(), status.failures());
                }
            }
        } finally {
            try {
                current.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debugf("closing the live events consumer: %s", e.toString());
            }
        }
    }

    private boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A new consumer starts at the newest record; for the partitions read before a failure it goes on after the last
     * event passed on instead, so open streams miss nothing that arrived meanwhile.
     */
    private final class ResumeWhereReadingStopped implements ConsumerRebalanceListener {
        private final Consumer<String, String> consumer;

        ResumeWhereReadingStopped(Consumer<String, String> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                Long next = positions.get(partition);
                if (next != null) {
                    consumer.seek(partition, next);
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        }
    }

    void accept(String topic, String value) {
        JsonObject envelope;
        try {
            envelope = new JsonObject(value);
        } catch (DecodeException e) {
            return;
        }
        String id = envelope.getString("id");
        String type = envelope.getString("type");
        if (id == null || type == null) {
            return;
        }
        var refusal = EventOwners.refusal(topic, envelope.getString("source"), type);
        if (refusal.isPresent()) {
            // browsers must not be shown what no Accord service said: the same door the consumers have
            LOG.warnf("live stream drops event %s: %s", id, refusal.get());
            return;
        }
        LiveEvent event = recent.add(new LiveEvent(id, type, envelope, System.nanoTime()));
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.onEvent(event);
            } catch (RuntimeException e) {
                // one stream's trouble must not stop the reading for every other stream
                LOG.warnf("live stream subscriber failed on event %s: %s", id, e.toString());
            }
        }
    }

    /** At most {@code max} events kept after the one with {@code lastEventId}, or incomplete when they cannot all be given. */
    RecentEvents.Replay after(String lastEventId, int max) {
        return recent.after(lastEventId, max);
    }

    public Runnable subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
