package io.accord.gateway.events;

import io.accord.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads every domain topic (each replica on its own, from the newest record) and fans the events out to the
 * open streams. Keeps the last few minutes so a reconnecting client can resume after its {@code Last-Event-ID}.
 */
@ApplicationScoped
public class LiveEventHub {

    private static final Logger LOG = Logger.getLogger(LiveEventHub.class);
    private static final int MAX_RECENT = 10_000;

    private final String bootstrap;
    private final List<String> topics;
    private final Duration retention;
    private final ArrayDeque<LiveEvent> recent = new ArrayDeque<>();
    private final Set<Consumer<LiveEvent>> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private Thread worker;

    public LiveEventHub(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrap,
            GatewayConfig config) {
        this.bootstrap = bootstrap;
        this.topics = config.events().topics();
        this.retention = config.events().retention();
    }

    void start(@Observes StartupEvent event) {
        consumer = new KafkaConsumer<>(java.util.Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                // every replica sees every event: a group of its own, nothing committed
                ConsumerConfig.GROUP_ID_CONFIG, "gateway-live-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        running = true;
        worker = new Thread(this::loop, "live-events");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    private void loop() {
        try {
            consumer.subscribe(topics);
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    accept(record.value());
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("live event stream stopped reading Kafka", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    void accept(String value) {
        JsonObject envelope;
        try {
            envelope = new JsonObject(value);
        } catch (DecodeException e) {
            return;
        }
        LiveEvent event = new LiveEvent(envelope.getString("id"), envelope.getString("type"), envelope, System.nanoTime());
        if (event.id() == null || event.type() == null) {
            return;
        }
        synchronized (recent) {
            recent.addLast(event);
            long cutoff = System.nanoTime() - retention.toNanos();
            while (recent.size() > MAX_RECENT || (!recent.isEmpty() && recent.peekFirst().receivedAtNanos() < cutoff)) {
                recent.removeFirst();
            }
        }
        subscribers.forEach(s -> s.accept(event));
    }

    /** Events kept after the one with {@code lastEventId}; empty when that id is unknown or too old. */
    public List<LiveEvent> after(String lastEventId) {
        List<LiveEvent> replay = new ArrayList<>();
        synchronized (recent) {
            boolean found = false;
            for (LiveEvent e : recent) {
                if (found) {
                    replay.add(e);
                } else if (e.id().equals(lastEventId)) {
                    found = true;
                }
            }
        }
        return replay;
    }

    public Runnable subscribe(Consumer<LiveEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
