package io.accord.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * What a service's {@code @QuarkusTest} needs: the shared real Kafka broker (in-process KRaft) and its own
 * fresh database on the real PostgreSQL. Init arg {@code database} names the database.
 */
public class AccordServiceResources implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "accord_test");
    }

    @Override
    public Map<String, String> start() {
        String url = TestDatabases.recreate(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", TestDatabases.user(),
                "quarkus.datasource.password", TestDatabases.password(),
                "kafka.bootstrap.servers", KafkaTestBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives for the JVM; the database stays for inspection until the next run recreates it
    }
}
