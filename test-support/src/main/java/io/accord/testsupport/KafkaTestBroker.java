package io.accord.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One real single-node KRaft broker (combined broker and controller) per test JVM, in-process, started on
 * first use and closed when the JVM exits. Test classes share it; topics keep them apart.
 */
public final class KafkaTestBroker {

    private static KafkaClusterTestKit cluster;

    private KafkaTestBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
        }
        return cluster.bootstrapServers();
    }

    /** The domain topics exist before any service subscribes, as they do in a provisioned cluster. */
    public static final List<String> TOPICS = List.of("accord.requirements", "accord.reviews", "accord.feedback",
            "accord.complaints");

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * An in-process broker must never end the test JVM: Kafka calls exit/halt on fatal faults and at shutdown, which
     * surefire reports as a crashed fork even when every test passed.
     */
    static void keepTheJvmAlive() {
        Exit.setExitProcedure((status, message) -> System.err.println("in-process Kafka asked to exit(" + status + "): " + message));
        Exit.setHaltProcedure((status, message) -> System.err.println("in-process Kafka asked to halt(" + status + "): " + message));
    }

    /** What a one-node test broker needs: internal topics with one replica, no wait before a group's first rebalance. */
    static KafkaClusterTestKit.Builder oneNode(KafkaClusterTestKit.Builder builder, boolean autoCreateTopics) {
        return builder
                .setConfigProp("auto.create.topics.enable", Boolean.toString(autoCreateTopics))
                .setConfigProp("num.partitions", "3")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0");
    }

    private static KafkaClusterTestKit start() {
        keepTheJvmAlive();
        try {
            KafkaClusterTestKit kit = oneNode(new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build()), true)
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            createTopics(kit.bootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // bounded: a broker that does not stop in time must not hold the JVM's exit
                Thread closer = new Thread(() -> {
                    try {
                        kit.close();
                    } catch (Exception ignored) {
                        // the JVM is going away; nothing to keep
                    }
                }, "kafka-test-broker-close");
                closer.setDaemon(true);
                closer.start();
                try {
                    closer.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kafka-test-broker-shutdown"));
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }
}
