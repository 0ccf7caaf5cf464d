package io.accord.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;

/**
 * For tests that take the broker away: a fresh database plus a {@link StandaloneKafka} child process on fixed
 * ports that the test can stop and start again through {@link #broker()}.
 */
public class StandaloneKafkaResources implements QuarkusTestResourceLifecycleManager {

    private static StandaloneKafka broker;
    private String database;

    public static StandaloneKafka broker() {
        return broker;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "accord_outage_test");
    }

    @Override
    public Map<String, String> start() {
        try {
            broker = StandaloneKafka.start(Files.createTempDirectory("accord-kafka-"), freePortPair());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", TestDatabases.recreate(database),
                "quarkus.datasource.username", TestDatabases.user(),
                "quarkus.datasource.password", TestDatabases.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    /** A free port whose successor (the controller's) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException busy) {
                // try another pair
            }
        }
        throw new IOException("no free pair of ports");
    }
}
