package io.accord.testsupport;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real KRaft Kafka from the Maven Central jars, with its data in a folder and fixed ports, so it can be stopped and
 * started again on the same address: one node (broker and controller in one process), or a cluster of such nodes
 * with replication 3 and {@code min.insync.replicas} 2, where one node can die and writes go on.
 *
 * <p>{@code main} runs one node in this JVM: {@code ./accord up} starts it that way. Tests use
 * {@link #start(Path, int)} or {@link #startCluster(Path, int, int)} to run nodes as child processes they can stop
 * to simulate an outage.
 */
public final class StandaloneKafka implements AutoCloseable {

    private static final String USAGE = "usage: StandaloneKafka <data-dir> <port>   (one node; its controller on port + 1)\n"
            + "       StandaloneKafka <cluster-dir> <first-port> <node-id> <nodes>   (node 1..nodes of a cluster: brokers on\n"
            + "       first-port .. first-port + nodes - 1, controllers on the next nodes ports; data in <cluster-dir>/node-<id>)";

    private final Path logDir;
    private final int port;
    private final List<String> args;
    private Process process;

    private StandaloneKafka(Path logDir, int port, List<String> args) {
        this.logDir = logDir;
        this.port = port;
        this.args = args;
    }

    public static void main(String[] args) throws Exception {
        Node node;
        try {
            node = Node.of(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        Path config = node.writeConfig();
        if (!Files.exists(node.dir().resolve("data").resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(List.of("format", "--ignore-formatted", "--cluster-id", node.clusterId(),
                    "--config", config.toString()));
            if (node.nodes() == 1) {
                // a single node is its own quorum (dynamic); a cluster's voters are listed in its configuration (static)
                format.add(1, "--standalone");
            }
            int rc = kafka.tools.StorageTool.execute(format.toArray(String[]::new), new PrintStream(System.out, true));
            if (rc != 0) {
                System.err.println("formatting the Kafka storage failed: " + rc);
                System.exit(rc);
            }
        }
        kafka.Kafka.main(new String[]{config.toString()});
    }

    /** Starts one node as a child process on this test JVM's classpath and waits until it accepts connections. */
    public static StandaloneKafka start(Path dir, int port) {
        StandaloneKafka kafka = new StandaloneKafka(dir, port, List.of(dir.toString(), Integer.toString(port)));
        kafka.startProcess();
        return kafka;
    }

    /**
     * Starts a cluster of {@code nodes} child processes (brokers on {@code firstPort} and up, controllers on the
     * {@code nodes} ports after them) and waits until every node accepts connections. They start together: a broker
     * listens only once a majority of the controllers has formed the quorum.
     */
    public static List<StandaloneKafka> startCluster(Path dir, int firstPort, int nodes) {
        List<StandaloneKafka> cluster = IntStream.rangeClosed(1, nodes)
                .mapToObj(id -> new StandaloneKafka(dir.resolve("node-" + id), firstPort + id - 1, List.of(dir.toString(),
                        Integer.toString(firstPort), Integer.toString(id), Integer.toString(nodes))))
                .toList();
        cluster.forEach(StandaloneKafka::launch);
        cluster.forEach(StandaloneKafka::awaitAccepting);
        return cluster;
    }

    /** Every node's address, for a client's {@code bootstrap.servers}. */
    public static String bootstrapServers(List<StandaloneKafka> cluster) {
        return cluster.stream().map(StandaloneKafka::bootstrapServers).collect(Collectors.joining(","));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void startProcess() {
        launch();
        awaitAccepting();
    }

    private synchronized void launch() {
        try {
            Files.createDirectories(logDir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    StandaloneKafka.class.getName()));
            command.addAll(args);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("kafka.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitAccepting() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!accepting()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + logDir.resolve("kafka.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Kafka did not listen on " + port + " within 90 s");
            }
            sleep(200);
        }
    }

    /** Stops the node's process (an outage); the data stays, and {@link #startProcess()} brings it back. */
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

    /** Kills the node's process at once (kill -9): no controlled shutdown, no leadership handed over. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
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

    /** One node's place in its cluster (a single node is a cluster of one) and the configuration that follows. */
    record Node(Path dir, int id, int nodes, int brokerPort, List<Integer> controllerPorts, String clusterId) {

        static Node of(String[] args) {
            try {
                if (args.length == 2) {
                    int port = Integer.parseInt(args[1]);
                    return new Node(Path.of(args[0]).toAbsolutePath(), 1, 1, port, List.of(port + 1), Uuid.randomUuid().toString());
                }
                if (args.length == 4) {
                    Path cluster = Path.of(args[0]).toAbsolutePath();
                    int first = Integer.parseInt(args[1]);
                    int id = Integer.parseInt(args[2]);
                    int nodes = Integer.parseInt(args[3]);
                    if (nodes < 1 || id < 1 || id > nodes) {
                        throw new IllegalArgumentException("node-id must be 1.." + nodes);
                    }
                    List<Integer> controllers = IntStream.range(0, nodes).mapToObj(i -> first + nodes + i).toList();
                    return new Node(cluster.resolve("node-" + id), id, nodes, first + id - 1, controllers, clusterId(cluster));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + e.getMessage());
            }
            throw new IllegalArgumentException("expected 2 or 4 arguments, got " + args.length);
        }

        /**
         * The nodes of one cluster format their storage on their own, at once, and must agree on its id: it is derived
         * from the cluster's folder rather than drawn at random.
         */
        static String clusterId(Path cluster) {
            UUID uuid = UUID.nameUUIDFromBytes(("accord-kafka:" + cluster).getBytes(StandardCharsets.UTF_8));
            return new Uuid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()).toString();
        }

        /** Replicas of every topic: 3 where there are 3 nodes or more, so one node can be away. */
        int replication() {
            return Math.min(3, nodes);
        }

        /** With 3 replicas, a write needs 2 of them (acks=all): one node away, writes go on; two away, they stop. */
        int minInSync() {
            return Math.max(1, replication() - 1);
        }

        Path writeConfig() throws IOException {
            Files.createDirectories(dir);
            int controller = controllerPorts.get(id - 1);
            String quorum = nodes == 1
                    ? "controller.quorum.bootstrap.servers=127.0.0.1:" + controller
                    : "controller.quorum.voters=" + IntStream.range(0, nodes)
                            .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i)).collect(Collectors.joining(","));
            String props = String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=" + id,
                    quorum,
                    "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controller,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controller,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dir.resolve("data"),
                    "num.partitions=3",
                    "auto.create.topics.enable=true",
                    "default.replication.factor=" + replication(),
                    "min.insync.replicas=" + minInSync(),
                    "offsets.topic.replication.factor=" + replication(),
                    "transaction.state.log.replication.factor=" + replication(),
                    "transaction.state.log.min.isr=" + minInSync(),
                    "share.coordinator.state.topic.replication.factor=" + replication(),
                    "share.coordinator.state.topic.min.isr=" + minInSync(),
                    "group.initial.rebalance.delay.ms=0",
                    "log.retention.hours=168",
                    "");
            Path config = dir.resolve("server.properties");
            Files.writeString(config, props);
            return config;
        }
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
