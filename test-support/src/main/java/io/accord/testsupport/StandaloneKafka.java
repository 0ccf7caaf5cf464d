package io.accord.testsupport;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka (broker and controller in one process) from the Maven Central jars, with its
 * data in a folder and fixed ports, so it can be stopped and started again on the same address.
 *
 * <p>{@code main} runs the broker in this JVM: {@code ./accord up} starts it that way. Tests use
 * {@link #start(Path, int)} to run it as a child process they can stop to simulate an outage.
 */
public final class StandaloneKafka implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private StandaloneKafka(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** {@code StandaloneKafka <data-dir> <port>}; the controller listens on port + 1. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StandaloneKafka <data-dir> <port>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path config = writeConfig(dir, Integer.parseInt(args[1]));
        if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            int rc = kafka.tools.StorageTool.execute(new String[]{"format", "--standalone", "--ignore-formatted",
                    "--cluster-id", clusterId(), "--config", config.toString()}, new PrintStream(System.out, true));
            if (rc != 0) {
                System.err.println("formatting the Kafka storage failed: " + rc);
                System.exit(rc);
            }
        }
        kafka.Kafka.main(new String[]{config.toString()});
    }

    /** Starts the broker as a child process on this test JVM's classpath and waits until it accepts connections. */
    public static StandaloneKafka start(Path dir, int port) {
        StandaloneKafka kafka = new StandaloneKafka(dir, port);
        kafka.startProcess();
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void startProcess() {
        try {
            Files.createDirectories(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    StandaloneKafka.class.getName(), dir.toString(), Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!accepting()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + dir.resolve("kafka.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Kafka did not listen on " + port + " within 60 s");
            }
            sleep(200);
        }
    }

    /** Stops the broker process (an outage); the data stays, and {@link #startProcess()} brings it back. */
    public synchronized void stopProcess() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stopProcess();
    }

    private boolean accepting() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Path writeConfig(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        int controller = port + 1;
        String props = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "");
        Path config = dir.resolve("server.properties");
        Files.writeString(config, props);
        return config;
    }

    private static String clusterId() {
        return Uuid.randomUuid().toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
