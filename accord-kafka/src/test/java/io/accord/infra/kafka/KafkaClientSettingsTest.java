package io.accord.infra.kafka;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The environment the Kubernetes manifests give an app, read the way the app reads it in production (SmallRye
 * Config's environment source, Quarkus's {@code default-kafka-broker} producer, which SmallRye's channels receive too),
 * reaches every client's settings under Kafka's own names.
 */
class KafkaClientSettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"requirements-service-kafka\" password=\"s3cr3t\";";
    static final Map<String, String> MANIFEST_ENVIRONMENT = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "accord-kafka-bootstrap:9093",
            "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
            "KAFKA_SASL_JAAS_CONFIG", JAAS,
            "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/accord/kafka-ca/ca.crt",
            "ACCORD_EVENTS_CREATE_TOPICS", "false");

    @Test
    void theManifestsEnvironmentReachesEveryClientUnderKafkasNames() {
        KafkaClientSettings settings = settings(MANIFEST_ENVIRONMENT);

        Map<String, Object> consumer = settings.forClient(Map.of("group.id", "gateway-live-1"));
        // the environment wins over the library's default (kafka.bootstrap.servers=localhost:9092)
        assertEquals("accord-kafka-bootstrap:9093", consumer.get("bootstrap.servers"));
        assertEquals("SASL_SSL", consumer.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", consumer.get("sasl.mechanism"));
        assertEquals(JAAS, consumer.get("sasl.jaas.config"));
        assertEquals("PEM", consumer.get("ssl.truststore.type"));
        assertEquals("/etc/accord/kafka-ca/ca.crt", consumer.get("ssl.truststore.location"));
        assertEquals("gateway-live-1", consumer.get("group.id"), "a client's own settings come on top");
        assertTrue(consumer.keySet().stream().noneMatch(key -> key.contains("_") || key.startsWith("kafka")), consumer.toString());
        assertFalse(consumer.containsKey("events.create.topics"), "only KAFKA_* variables are Kafka settings");
        assertEquals(List.of(), settings.inconsistencies());
    }

    @Test
    void withoutEnvironmentTheClientsUseTheLocalBrokerInPlaintext() {
        KafkaClientSettings settings = settings(Map.of());

        assertEquals("localhost:9092", settings.forClient(Map.of()).get("bootstrap.servers"));
        assertEquals("PLAINTEXT", settings.securityProtocol());
        assertEquals("bootstrap.servers=localhost:9092, security.protocol=PLAINTEXT", settings.summary());
    }

    @Test
    void theStartupLineNamesHowTheClientsLogInButNeverTheCredentials() {
        String summary = settings(MANIFEST_ENVIRONMENT).summary();

        assertEquals("bootstrap.servers=accord-kafka-bootstrap:9093, security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512, "
                + "ssl.truststore.type=PEM, ssl.truststore.location=/etc/accord/kafka-ca/ca.crt, sasl.jaas.config=(set)", summary);
        assertFalse(summary.contains("s3cr3t"));
    }

    @Test
    void credentialsWithoutASaslProtocolAndTheReverseAreReportedAtStart() {
        List<String> unused = settings(Map.of("KAFKA_SASL_JAAS_CONFIG", JAAS)).inconsistencies();
        assertEquals(1, unused.size());
        assertTrue(unused.get(0).contains("the credentials are not used"), unused.get(0));

        List<String> missing = settings(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")).inconsistencies();
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).contains("no credentials"), missing.get(0));
    }

    @Test
    void aRefusedLoginOrADeniedAclNamesWhatToCheck() {
        String login = KafkaFailures.reason(new ExecutionException(new SaslAuthenticationException(
                "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512")));
        assertTrue(login.startsWith("the broker refused this app's credentials (check KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG)"), login);
        assertTrue(login.contains("invalid credentials"), login);

        String acl = KafkaFailures.reason(new TopicAuthorizationException("Not authorized to access topics: [accord.reviews]"));
        assertTrue(acl.startsWith("the broker denied this app's Kafka user (check its ACLs)"), acl);

        assertEquals(new IllegalStateException("x").toString(), KafkaFailures.reason(new IllegalStateException("x")));
    }

    @Test
    void outsideQuarkusTheSameEnvironmentGivesTheSameSettings() {
        Map<String, Object> inTheApp = new HashMap<>(settings(MANIFEST_ENVIRONMENT).forClient(Map.of()));
        inTheApp.remove("group.id"); // Quarkus names a group after the app; a program outside it has none
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(MANIFEST_ENVIRONMENT, 300),
                new PropertiesConfigSource(Map.of("kafka.bootstrap.servers", "localhost:9092"), "accord-kafka defaults", 100)).build();

        assertEquals(inTheApp, KafkaClientSettings.fromConfig(config).forClient(Map.of()));
    }

    @Test
    void outsideQuarkusTheStrongerSourceWinsWhicheverSpellingItUses() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(
                new PropertiesConfigSource(Map.of("kafka.bootstrap.servers", "from-option:9093"), "options", 400),
                new PropertiesConfigSource(Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-environment:9093",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "kafka.ssl.truststore.type", "PEM",
                        "quarkus.kafka.health.enabled", "false", "accord.events.topic", "accord.requirements"), "environment", 300)).build();

        assertEquals(Map.of("bootstrap.servers", "from-option:9093", "security.protocol", "SASL_SSL", "ssl.truststore.type", "PEM",
                "client.id", "tool"), KafkaClientSettings.fromConfig(config).forClient("tool", Map.of()));
    }

    @Test
    void outsideQuarkusAQuarkusTlsConfigurationNameIsRefusedWithWhatToGiveInstead() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(
                Map.of("kafka.tls-configuration-name", "kafka"), "app", 250)).build();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> KafkaClientSettings.fromConfig(config));
        assertTrue(refused.getMessage().contains("ssl.truststore.location"), refused.getMessage());
    }

    /** As the app builds them: the environment (ordinal 300) over the library's defaults, through Quarkus's producer. */
    private static KafkaClientSettings settings(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(Map.of("kafka.bootstrap.servers", "localhost:9092",
                        "quarkus.kafka.health.enabled", "false"), "accord-kafka defaults", 100))
                .build();
        return new KafkaClientSettings(new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application("requirements-service")));
    }

    private static ApplicationConfig application(String name) {
        return (ApplicationConfig) Proxy.newProxyInstance(ApplicationConfig.class.getClassLoader(), new Class<?>[]{ApplicationConfig.class},
                (proxy, method, args) -> method.getName().equals("name") ? Optional.of(name) : Optional.empty());
    }
}
