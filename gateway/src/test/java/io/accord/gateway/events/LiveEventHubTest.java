package io.accord.gateway.events;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hub's reader with Kafka's {@link MockConsumer} in the broker's place: a consumer that fails does not end the live
 * stream; the hub reports it, makes a new consumer and reads on from where it stopped.
 */
class LiveEventHubTest {

    static final String TOPIC = "accord.reviews";
    static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    final BlockingQueue<MockConsumer<String, String>> consumers = new LinkedBlockingQueue<>();
    final List<String> delivered = new CopyOnWriteArrayList<>();
    LiveEventHub hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.stop(null);
        }
    }

    @Test
    void aFailingConsumerIsReplacedAndReadingGoesOnAfterTheLastEventPassedOn() {
        MockConsumer<String, String> first = consumer(0);
        first.schedulePollTask(() -> first.addRecord(record(0, "e1")));
        MockConsumer<String, String> second = consumer(2);
        // e2 arrived while the first consumer was failing: the new one must not start after it, at the newest record
        second.schedulePollTask(() -> second.addRecord(record(1, "e2")));
        second.schedulePollTask(() -> second.addRecord(record(2, "e3")));
        consumers.add(first);
        consumers.add(second);
        start();

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.equals(List.of("e1")));
        assertTrue(hub.status().reading(), hub.status().toString());
        first.setPollException(new KafkaException("the broker refused the fetch"));

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.equals(List.of("e1", "e2", "e3")));
        assertTrue(first.closed(), "the failed consumer is closed");
        LiveEventHub.Status status = hub.status();
        assertEquals(LiveEventHub.State.READING, status.state());
        assertEquals(1, status.failures());
    }

    @Test
    void whileNoConsumerCanReadTheHubSaysSoAndKeepsTrying() {
        MockConsumer<String, String> broken = consumer(0);
        broken.setPollException(new KafkaException("not authorized to read " + TOPIC));
        consumers.add(broken);
        start();

        await().atMost(Duration.ofSeconds(10)).until(() -> hub.status().state() == LiveEventHub.State.FAILING);
        assertFalse(hub.status().reading());
        assertTrue(hub.status().lastError().contains("not authorized"), hub.status().lastError());
        assertFalse(new LiveEventsHealthCheck(hub).call().getStatus().name().equals("UP"));

        MockConsumer<String, String> healed = consumer(0);
        healed.schedulePollTask(() -> healed.addRecord(record(0, "e1")));
        consumers.add(healed);
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.equals(List.of("e1")));
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.status().reading());
        assertEquals("UP", new LiveEventsHealthCheck(hub).call().getStatus().name());
    }

    private void start() {
        // the first pause after a failure is short here; the consumers come from the test, one per attempt
        Supplier<Consumer<String, String>> next = () -> {
            try {
                MockConsumer<String, String> consumer = consumers.poll(10, TimeUnit.SECONDS);
                if (consumer == null) {
                    throw new KafkaException("no consumer to be had");
                }
                return consumer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException(e);
            }
        };
        hub = new LiveEventHub(List.of(TOPIC), Duration.ofMinutes(5), next, Duration.ofMillis(20), Clock.systemUTC());
        hub.subscribe(event -> delivered.add(event.id()));
        hub.start(null);
    }

    /** A consumer whose partition is assigned at its first poll, the newest record of the log at {@code end}. */
    private static MockConsumer<String, String> consumer(long end) {
        MockConsumer<String, String> consumer = new MockConsumer<>("latest");
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, end));
        consumer.schedulePollTask(() -> consumer.rebalance(List.of(PARTITION)));
        return consumer;
    }

    private static ConsumerRecord<String, String> record(long offset, String id) {
        return new ConsumerRecord<>(TOPIC, 0, offset, "review-1", """
                {"specversion":"1.0","id":"%s","source":"/accord/review-service","type":"accord.review.opened",\
                "subject":"review-1","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json","data":{}}"""
                .formatted(id));
    }
}
