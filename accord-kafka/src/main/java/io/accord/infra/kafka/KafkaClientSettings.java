package io.accord.infra.kafka;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings every Kafka client of an Accord app is made with, so a secured cluster is configured once for all of
 * them. They are Quarkus's {@code default-kafka-broker} configuration: every {@code kafka.*} property and every
 * {@code KAFKA_*} environment variable, the prefix cut off and, for a variable, lower-cased with {@code _} read as
 * {@code .} ({@code KAFKA_SASL_MECHANISM} becomes {@code sasl.mechanism}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}
 * {@code ssl.truststore.location}). SmallRye's Kafka connector merges the same map into every channel, its consumers
 * and their dead-letter producers; the clients the code makes itself (the outbox relay's producer and admin client,
 * the gateway's live-event consumer) take it from here. A client adds only what is its own (serializers, acks, its
 * group), never anything about where the broker is or how to log in to it. A program that runs outside Quarkus (the
 * dead-letter tool) reads the same settings with {@link #fromConfig(Config)}.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private static final Logger LOG = Logger.getLogger(KafkaClientSettings.class);
    private static final String PREFIX = "kafka";
    /** Quarkus' TLS registry: a name only the Quarkus runtime can resolve into an SSL engine. */
    private static final String TLS_REGISTRY = "tls-configuration-name";
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

    /**
     * Outside Quarkus, where no {@code default-kafka-broker} map is made: the same settings, read from {@code config}
     * by Quarkus's rule (every property whose name starts with {@code kafka}, the prefix cut off, lower case, {@code _}
     * read as {@code .}). Where {@code kafka.x.y} and {@code KAFKA_X_Y} are both present, the value is the one of the
     * source that wins for the dotted name (a {@code -D} option over the environment), whichever name came first.
     */
    public static KafkaClientSettings fromConfig(Config config) {
        Map<String, Object> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(PREFIX) || lower.length() <= PREFIX.length() + 1 || lower.startsWith("kafka.ui")) {
                continue;
            }
            String key = lower.substring(PREFIX.length() + 1).replace('_', '.');
            if (key.equals(TLS_REGISTRY) || key.equals("tls.configuration.name")) {
                throw new IllegalArgumentException(name + " names a Quarkus TLS configuration, which only the apps can"
                        + " resolve: give the Kafka ssl.* settings themselves (kafka.ssl.truststore.location, …)");
            }
            config.getOptionalValue(PREFIX + "." + key, String.class).or(() -> config.getOptionalValue(name, String.class))
                    .ifPresent(value -> settings.put(key, value));
        }
        return new KafkaClientSettings(settings);
    }

    /** The common settings with the client's own on top, for {@code new KafkaProducer<>(…)} and the like. */
    public Map<String, Object> forClient(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(common);
        settings.putAll(own);
        return settings;
    }

    /** As {@link #forClient(Map)}, named {@code clientId} unless {@code kafka.client.id} names every client. */
    public Map<String, Object> forClient(String clientId, Map<String, Object> own) {
        Map<String, Object> settings = forClient(own);
        settings.putIfAbsent("client.id", clientId);
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
