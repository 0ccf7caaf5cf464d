package io.accord.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The local 3-node cluster ({@code ACCORD_KAFKA_NODES=3 ./accord up}) keeps what it promises: every topic on three
 * nodes, an acknowledged write (acks=all) on at least two of them; one node killed (kill -9), writes go on.
 */
class StandaloneKafkaClusterTest {

    private static final int NODES = 3;

    @TempDir
    Path dir;
    private final List<StandaloneKafka> cluster = new ArrayList<>();

    @AfterEach
    void stopTheNodes() {
        cluster.forEach(StandaloneKafka::kill);
    }

    @Test
    void oneNodeKilledWritesGoOn() throws Exception {
        cluster.addAll(StandaloneKafka.startCluster(dir, freePorts(2 * NODES), NODES));
        String bootstrap = StandaloneKafka.bootstrapServers(cluster);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // as the outbox relay creates its topic (replication factor 3 when ./accord runs 3 nodes)
            admin.createTopics(List.of(new NewTopic("accord.chaos", 3, (short) 3))).all().get(60, TimeUnit.SECONDS);
            TopicDescription topic = admin.describeTopics(List.of("accord.chaos")).allTopicNames().get(30, TimeUnit.SECONDS).get("accord.chaos");
            topic.partitions().forEach(partition -> assertEquals(NODES, partition.replicas().size(), partition.toString()));
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "accord.chaos");
            assertEquals("2", admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                    .get("min.insync.replicas").value());
        }

        try (KafkaProducer<String, String> producer = producer(bootstrap, 60_000)) {
            send(producer, "before");
            cluster.get(0).kill();
            // the controller quorum and the partitions' leadership move to the two nodes left
            for (int i = 0; i < 10; i++) {
                send(producer, "one node away " + i);
            }
        }
    }

    /** As the outbox relay sends: acks=all, idempotent. */
    private static KafkaProducer<String, String> producer(String bootstrap, int deliveryTimeoutMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryTimeoutMs, 5_000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeoutMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private static void send(KafkaProducer<String, String> producer, String value) throws Exception {
        producer.send(new ProducerRecord<>("accord.chaos", value, value)).get(90, TimeUnit.SECONDS);
    }

    /** The first of {@code count} consecutive free ports (brokers, then controllers). */
    private static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            if (allFree(first, count)) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException busy) {
                return false;
            }
        }
        return true;
    }
}
