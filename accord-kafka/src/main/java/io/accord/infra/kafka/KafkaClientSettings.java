package io.accord.infra.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings every Kafka client of an Accord app is made with, so a secured cluster is configured once for all of
 * them. They are Quarkus's {@code default-kafka-broker} configuration: every {@code kafka.*} property and every
 * {@code KAFKA_*} environment variable, the prefix cut off and, for a variable, lower-cased with {@code _} read as
 * {@code .} ({@code KAFKA_SASL_MECHANISM} becomes {@code sasl.mechanism}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}
 * {@code ssl.truststore.location}). SmallRye's Kafka connector merges the same map into every channel, its consumers
 * and their dead-letter producers; the clients the code makes itself (the outbox relay's producer and admin client,
 * the gateway's live-event consumer) take it from here. A client adds only what is its own (serializers, acks, its
 * group), never anything about where the broker is or how to log in to it.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private static final Logger LOG = Logger.getLogger(KafkaClientSettings.class);
    static final String SECURITY_PROTOCOL = "security.protocol";
    static final String SASL_MECHANISM = "sasl.mechanism";
    static final String SASL_JAAS_CONFIG = "sasl.jaas.config";
    /** What the startup line names: where the broker is and how the clients prove who they are, never a secret. */
    private static final List<String> SHOWN = List.of("bootstrap.servers", SECURITY_PROTOCOL, SASL_MECHANISM,
            "ssl.truststore.type", "ssl.truststore.location", "ssl.keystore.type", "ssl.keystore.location");

    private final Map<String, Object> common;

    @Inject
    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> common) {
        this.common = Collections.unmodifiableMap(new HashMap<>(common));
    }

    /** The common settings with the client's own on top, for {@code new KafkaProducer<>(…)} and the like. */
    public Map<String, Object> forClient(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(common);
        settings.putAll(own);
        return settings;
    }

    /** {@code security.protocol} as configured, PLAINTEXT (Kafka's default) when it is not. */
    public String securityProtocol() {
        return value(SECURITY_PROTOCOL).orElse("PLAINTEXT").toUpperCase();
    }

    /** One line for the log: bootstrap servers, protocol, mechanism and stores; credentials never appear. */
    public String summary() {
        StringBuilder line = new StringBuilder();
        for (String key : SHOWN) {
            Optional<String> value = key.equals(SECURITY_PROTOCOL) ? Optional.of(securityProtocol()) : value(key);
            value.ifPresent(v -> line.append(line.isEmpty() ? "" : ", ").append(key).append('=').append(v));
        }
        if (value(SASL_JAAS_CONFIG).isPresent()) {
            line.append(", sasl.jaas.config=(set)");
        }
        return line.toString();
    }

    /**
     * Settings that cannot work together, each as a sentence for the log: a client that would fail only at its first
     * connection, with a refusal that does not name the setting, is better caught at start.
     */
    public List<String> inconsistencies() {
        boolean sasl = securityProtocol().startsWith("SASL_");
        boolean credentials = value(SASL_JAAS_CONFIG).isPresent();
        if (credentials && !sasl) {
            return List.of("kafka.sasl.jaas.config (KAFKA_SASL_JAAS_CONFIG) is set but security.protocol is "
                    + securityProtocol() + ": the credentials are not used; set KAFKA_SECURITY_PROTOCOL=SASL_SSL or SASL_PLAINTEXT");
        }
        if (sasl && !credentials) {
            return List.of("security.protocol is " + securityProtocol() + " but kafka.sasl.jaas.config (KAFKA_SASL_JAAS_CONFIG)"
                    + " is not set: the clients have no credentials to log in with");
        }
        return List.of();
    }

    void logAtStart(@Observes StartupEvent event) {
        LOG.infof("Kafka clients: %s", summary());
        inconsistencies().forEach(LOG::warn);
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(common.get(key)).map(Object::toString).map(String::strip).filter(v -> !v.isEmpty());
    }
}
