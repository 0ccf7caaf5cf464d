package io.accord.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

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

    private static KafkaClusterTestKit start() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    kit.close();
                } catch (Exception ignored) {
                    // the JVM is going away; nothing to keep
                }
            }, "kafka-test-broker-shutdown"));
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }
}
