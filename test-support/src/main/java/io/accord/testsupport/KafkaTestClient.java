package io.accord.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Plain Kafka clients for tests: read what a service published, or publish what another service would. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    public static void send(String bootstrap, String topic, String key, String value) {
        send(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic, key, value);
    }

    /** With {@code connection}: where the broker is and how to log in to it (e.g. {@link SecuredKafkaBroker#clientSettings()}). */
    public static void send(Map<String, Object> connection, String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(with(connection, Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /**
     * Reads the topic from the beginning until a record matches (then drains the other partitions for another
     * second) or the timeout passes; returns every record read, so callers can also assert what did NOT arrive.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, String>> until, Duration timeout) {
        return readUntil(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic, until, timeout);
    }

    /** With {@code connection}: where the broker is and how to log in to it (e.g. {@link SecuredKafkaBroker#clientSettings()}). */
    public static List<ConsumerRecord<String, String>> readUntil(Map<String, Object> connection, String topic,
            Predicate<ConsumerRecord<String, String>> until, Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(with(connection, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (until.test(record) && deadline.isAfter(Instant.now().plusSeconds(1))) {
                        deadline = Instant.now().plusSeconds(1);
                    }
                }
            }
            if (seen.stream().anyMatch(until)) {
                return seen;
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout + "; read " + seen.size());
    }

    private static Map<String, Object> with(Map<String, Object> connection, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(connection);
        settings.putAll(own);
        return settings;
    }
}
