package io.accord.infra.deadletters;

import org.eclipse.microprofile.config.Config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kafka client settings the apps run with, read from MicroProfile Config as Quarkus reads them for its
 * {@code default-kafka-broker} map (which the outbox relay and the channels take): every property whose name starts
 * with {@code kafka}, the prefix cut off, lower case, {@code _} read as {@code .}. So {@code kafka.bootstrap.servers},
 * {@code KAFKA_BOOTSTRAP_SERVERS} and {@code KAFKA_SASL_JAAS_CONFIG} reach the tool as they reach the apps, and a
 * security setting added for the apps (SASL, TLS) applies to the tool unchanged. The tool runs outside Quarkus as well
 * (a Job, {@code ./accord dlq}), so it cannot ask CDI for that map; once accord-messaging has one place that turns
 * configuration into client settings for every client, this class gives way to it.
 */
final class KafkaSettings {

    private static final String PREFIX = "kafka";
    /** Quarkus' TLS registry: a name only the Quarkus runtime can resolve into an SSL engine. */
    private static final String TLS_REGISTRY = "tls-configuration-name";

    private KafkaSettings() {
    }

    static Map<String, Object> from(Config config) {
        Map<String, Object> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(PREFIX) || lower.length() <= PREFIX.length() + 1 || lower.startsWith("kafka.ui")) {
                continue;
            }
            String key = lower.substring(PREFIX.length() + 1).replace('_', '.');
            if (key.equals(TLS_REGISTRY) || key.equals("tls.configuration.name")) {
                throw new IllegalArgumentException(name + " names a Quarkus TLS configuration, which only the apps can"
                        + " resolve: give the tool the Kafka ssl.* settings themselves (kafka.ssl.truststore.location, …)");
            }
            // read under the dotted name, so that kafka.x.y and KAFKA_X_Y, both present, give the value of the source
            // that wins by ordinal (a -D option over the environment), whichever of the two names came first
            config.getOptionalValue(PREFIX + "." + key, String.class).or(() -> config.getOptionalValue(name, String.class))
                    .ifPresent(value -> settings.put(key, value));
        }
        return settings;
    }
}
