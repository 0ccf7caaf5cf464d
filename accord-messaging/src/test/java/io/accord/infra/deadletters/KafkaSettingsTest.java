package io.accord.infra.deadletters;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tool reads the Kafka settings the apps get, in both spellings a Deployment may use. */
class KafkaSettingsTest {

    @Test
    void propertiesAndEnvironmentStyleNamesBecomeClientSettingsAndTheStrongerSourceWins() {
        Config config = new SmallRyeConfigBuilder().withSources(
                new PropertiesConfigSource(Map.of("kafka.bootstrap.servers", "from-option:9093"), "options", 400),
                new PropertiesConfigSource(Map.of("KAFKA_BOOTSTRAP_SERVERS", "from-environment:9093",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_JAAS_CONFIG", "scram login",
                        "kafka.ssl.truststore.type", "PEM", "quarkus.kafka.health.enabled", "false",
                        "accord.events.topic", "accord.requirements"), "environment", 300)).build();

        Map<String, Object> settings = KafkaSettings.from(config);

        assertEquals(Map.of("bootstrap.servers", "from-option:9093", "security.protocol", "SASL_SSL",
                "sasl.jaas.config", "scram login", "ssl.truststore.type", "PEM"), settings);
    }

    @Test
    void aQuarkusTlsConfigurationNameIsRefusedWithWhatToGiveInstead() {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(
                Map.of("kafka.tls-configuration-name", "kafka"), "app", 250)).build();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> KafkaSettings.from(config));
        assertTrue(refused.getMessage().contains("ssl.truststore.location"), refused.getMessage());
    }
}
