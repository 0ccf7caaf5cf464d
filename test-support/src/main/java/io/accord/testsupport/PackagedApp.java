package io.accord.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A packaged Quarkus application ({@code target/quarkus-app}) started as its own process from a copy, so a
 * rebuild never pulls files from under a running app, listening on 127.0.0.1 only: its API on one port, health and
 * metrics on its management port. Used by the end-to-end tests.
 */
public final class PackagedApp implements AutoCloseable {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private PackagedApp(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Where the packaged apps find the dev key pair: in the source tree, because no artifact carries it. The public
     * key is what every app verifies tokens with; the private key is what the gateway signs with (only the local
     * profile lets an app start with them).
     */
    public static Map<String, String> devKeys(Path root, boolean signing) {
        Path keys = root.resolve("dev-keys/src/main/resources/META-INF/accord/dev-jwt");
        return signing
                ? Map.of("ACCORD_JWT_PUBLIC_KEY_LOCATION", keys.resolve("public.pem").toString(),
                        "ACCORD_JWT_SIGN_KEY_LOCATION", keys.resolve("private.pem").toString())
                : Map.of("ACCORD_JWT_PUBLIC_KEY_LOCATION", keys.resolve("public.pem").toString());
    }

    /** Where the app's console output (its log) goes. */
    public Path log() {
        return log;
    }

    /** Copies {@code module/target/quarkus-app} to {@code workDir/name} and starts it with the given system properties. */
    public static PackagedApp start(Path module, String name, int port, int managementPort, Path workDir,
            Map<String, String> properties) {
        Path app = module.resolve("target/quarkus-app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " is not built: run mvn package first");
        }
        try {
            Path copy = workDir.resolve(name);
            copyTree(app, copy);
            Path log = workDir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m", "-XX:+UseSerialGC",
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort));
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-jar");
            command.add(copy.resolve("quarkus-run.jar").toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new PackagedApp(name, port, managementPort, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Health and metrics: {@code /q/health/ready}, {@code /q/metrics}. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public String name() {
        return name;
    }

    /** Waits until the process has ended (an app that refuses to start) and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still running after " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code /q/health/ready} on the management port answers 200. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops them all at once: one after the other, apps waiting for a broker that is going away too can
     * outlast the test runner's exit timeout and be left running.
     */
    public static void stopAll(Collection<PackagedApp> apps) {
        apps.forEach(app -> app.process.destroy());
        apps.forEach(PackagedApp::stop);
    }

    @Override
    public void close() {
        stop();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
