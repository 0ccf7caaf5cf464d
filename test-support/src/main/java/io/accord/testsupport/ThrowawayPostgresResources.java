package io.accord.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * For tests that take the database away: the datasource points at a {@link ThrowawayPostgres} cluster of the test's
 * own, which the test stops and starts again through {@link #postgres()}; Kafka is the shared test broker.
 */
public class ThrowawayPostgresResources implements QuarkusTestResourceLifecycleManager {

    private static ThrowawayPostgres postgres;

    public static ThrowawayPostgres postgres() {
        return postgres;
    }

    @Override
    public Map<String, String> start() {
        postgres = ThrowawayPostgres.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", KafkaTestBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
