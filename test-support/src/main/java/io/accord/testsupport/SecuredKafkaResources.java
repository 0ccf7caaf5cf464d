package io.accord.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * For tests of an app on a cluster that wants a login: a fresh database and a {@link SecuredKafkaBroker} of the test's
 * own (SCRAM-SHA-512, no topic auto-creation), reached through {@link #broker()}. The app is given the Kafka settings
 * under the names of the environment variables the Kubernetes manifests set ({@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}), so they reach its clients by the same way: every
 * name beginning with {@code kafka}, whatever its case. The bootstrap servers alone go by their property name, which
 * the libraries' defaults also set: of two spellings in two sources only a real environment decides for both.
 *
 * <p>Init args: {@code database}; {@code password} (default the app user's; anything else is a wrong one);
 * {@code topics}: {@code domain} (default: the four domain topics exist, as the cluster's operator created them) or
 * {@code none}.
 */
public class SecuredKafkaResources implements QuarkusTestResourceLifecycleManager {

    private static SecuredKafkaBroker broker;
    private String database;
    private String password;
    private boolean domainTopics;

    public static SecuredKafkaBroker broker() {
        return broker;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "accord_secured_test");
        password = initArgs.getOrDefault("password", SecuredKafkaBroker.PASSWORD);
        domainTopics = !"none".equals(initArgs.getOrDefault("topics", "domain"));
    }

    @Override
    public Map<String, String> start() {
        broker = SecuredKafkaBroker.start();
        if (domainTopics) {
            broker.createTopics(KafkaTestBroker.TOPICS);
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", TestDatabases.recreate(database),
                "quarkus.datasource.username", TestDatabases.user(),
                "quarkus.datasource.password", TestDatabases.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers()));
        config.put("KAFKA_SECURITY_PROTOCOL", SecuredKafkaBroker.PROTOCOL);
        config.put("KAFKA_SASL_MECHANISM", SecuredKafkaBroker.MECHANISM);
        config.put("KAFKA_SASL_JAAS_CONFIG", SecuredKafkaBroker.jaas(SecuredKafkaBroker.USER, password));
        return config;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
