package io.accord.infra.outbox;

import io.accord.testsupport.KafkaTestBroker;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which topics an app uses, read from its channels' configuration, and what it creates of them on the real broker. */
class EventTopicsTest {

    @Test
    void theTopicsComeFromTheChannelsWithSmallRyesDefaults() {
        TopicUses uses = TopicUses.of("accord.feedback", new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.ofEntries(
                Map.entry("mp.messaging.incoming.requirement-events.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.requirement-events.topic", "accord.requirements"),
                Map.entry("mp.messaging.incoming.requirement-events.failure-strategy", "dead-letter-queue"),
                Map.entry("mp.messaging.incoming.requirement-events.dead-letter-queue.topic", "accord.feedback-service.dlq"),
                Map.entry("mp.messaging.incoming.complaint-events.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.complaint-events.topic", "accord.complaints"),
                Map.entry("mp.messaging.incoming.complaint-events.failure-strategy", "dead-letter-queue"),
                Map.entry("mp.messaging.incoming.complaint-events.dead-letter-queue.topic", "accord.feedback-service.dlq"),
                Map.entry("mp.messaging.incoming.unnamed.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.unnamed.failure-strategy", "dead-letter-queue"),
                Map.entry("mp.messaging.incoming.in-memory.connector", "smallrye-in-memory")), "app", 250)).build());

        assertEquals(List.of("accord.feedback", "accord.feedback-service.dlq", "dead-letter-topic-unnamed"), List.copyOf(uses.written().keySet()));
        assertEquals(Set.of("accord.requirements", "accord.complaints", "unnamed"), uses.read().keySet());
        assertEquals("accord.feedback-service.dlq (written by dead letters of channel complaint-events, channel requirement-events)",
                uses.describe("accord.feedback-service.dlq"));
        assertEquals("accord.complaints (read by channel complaint-events)", uses.describe("accord.complaints"));
    }

    @Test
    void withCreationOnTheAppCreatesTheTopicsItWritesToAndReportsAMissingOneItReads() throws Exception {
        String own = "accord.topics-test-" + UUID.randomUUID();
        String deadLetters = own + ".dlq";
        String read = own + ".read";
        EventTopics topics = new EventTopics(new OutboxRelayTest.Config(), new TopicUses(own,
                Map.of(own, "the outbox relay", deadLetters, "dead letters of channel c"), Map.of(read, "channel c")));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers()))) {
            topics.provision(admin);

            // the broker knows of a created topic a moment after the controller made it
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                Map<String, TopicDescription> created = admin.describeTopics(List.of(own, deadLetters)).allTopicNames().get(5, TimeUnit.SECONDS);
                assertEquals(1, created.get(deadLetters).partitions().size(), "a dead-letter topic has one partition");
            });
            assertEquals(Set.of(read), topics.state().missing());
            assertFalse(topics.state().complete());
            assertFalse(topics.ownTopicMissing());
            assertFalse(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(read), "a topic it only reads is not created");
        }
        assertTrue(topics.state().createTopics());
    }
}
