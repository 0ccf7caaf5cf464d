package io.accord.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The SCRAM broker the apps' security tests run against lets in its user, refuses anyone else, and creates no topic. */
class SecuredKafkaBrokerTest {

    static SecuredKafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = SecuredKafkaBroker.start();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void theAppUserPublishesAndReadsWithItsScramLogin() {
        broker.createTopics(List.of("accord.secured"));
        KafkaTestClient.send(broker.clientSettings(), "accord.secured", "k", "hello");
        KafkaTestClient.readUntil(broker.clientSettings(), "accord.secured", r -> r.value().equals("hello"), Duration.ofSeconds(30));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> wrong = new HashMap<>(broker.clientSettings());
        wrong.put(SaslConfigs.SASL_JAAS_CONFIG, SecuredKafkaBroker.jaas(SecuredKafkaBroker.USER, "wrong"));
        try (Admin admin = Admin.create(wrong)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    @Test
    void aTopicNobodyCreatedIsNotCreatedByWritingToIt() {
        Map<String, Object> quick = new HashMap<>(broker.clientSettings());
        quick.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        assertThrows(IllegalStateException.class, () -> KafkaTestClient.send(quick, "accord.nobody", "k", "v"));
        assertFalse(broker.topics().contains("accord.nobody"));
    }
}
