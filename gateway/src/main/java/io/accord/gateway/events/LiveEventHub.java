package io.accord.gateway.events;

import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.events.EventOwners;
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
    private final RecentEvents recent;
    private final Set<Consumer<LiveEvent>> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private Thread worker;

    public LiveEventHub(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrap,
            GatewayConfig config) {
        this.bootstrap = bootstrap;
        this.topics = config.events().topics();
        this.retention = config.events().retention();
        this.recent = new RecentEvents(MAX_RECENT, retention.toNanos());
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
                    accept(record.topic(), record.value());
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
        subscribers.forEach(s -> s.accept(event));
    }

    /** At most {@code max} events kept after the one with {@code lastEventId}, or incomplete when they cannot all be given. */
    RecentEvents.Replay after(String lastEventId, int max) {
        return recent.after(lastEventId, max);
    }

    public Runnable subscribe(Consumer<LiveEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
