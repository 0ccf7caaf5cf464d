package io.accord.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own for a test that takes the database away: created with the installed server's
 * {@code initdb} in a temporary folder (trust authentication, user {@code postgres}), listening on a free port of
 * 127.0.0.1, stopped and started on demand with {@code pg_ctl}, and deleted on {@link #close()}. The shared PostgreSQL
 * the other tests use is never touched.
 *
 * <p>The binaries are the newest under {@code /usr/lib/postgresql/<version>/bin} (Debian's layout), or those in
 * {@code ACCORD_PG_BIN}. PostgreSQL refuses to run as root: run as root, the folder is given to the {@code postgres}
 * OS user and every command runs as that user ({@code runuser -u postgres --}).
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asOsUser;
    private final Thread cleanup = new Thread(this::close, "throwaway-postgres-cleanup");

    private ThrowawayPostgres(Path bin, Path dir, int port, boolean asOsUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asOsUser = asOsUser;
    }

    /** Creates the cluster in a fresh temporary folder and starts it. */
    public static ThrowawayPostgres start() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("accord-pg-");
            if (root) {
                UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dir, users.lookupPrincipalByName(OS_USER));
            }
            ThrowawayPostgres postgres = new ThrowawayPostgres(binaries(), dir, FreePorts.pick(), root);
            Runtime.getRuntime().addShutdownHook(postgres.cleanup);
            postgres.run("initdb", "-D", postgres.data().toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-sync", "--no-instructions");
            postgres.startProcess();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    /** Starts the server (again) on the same port and data, and waits until it accepts connections. */
    public synchronized void startProcess() {
        // sockets in the cluster's folder: the default socket directory may not be writable for the user
        run("pg_ctl", "-D", data().toString(), "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c max_connections=50",
                "start");
    }

    /** Stops the server (an outage): fast shutdown, its clients' connections are cut; the data stays. */
    public synchronized void stopProcess() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            run("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
        }
    }

    /** Stops the server and deletes its folder. */
    @Override
    public synchronized void close() {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            stopProcess();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover folder under the temporary directory
            }
            if (Thread.currentThread() != cleanup) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to
                }
            }
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void run(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asOsUser) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path output = dir.resolve(program + ".out");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue()
                        + ":\n" + Files.readString(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("ACCORD_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                return installed.filter(v -> v.getFileName().toString().matches("\\d+")
                                && Files.isExecutable(v.resolve("bin").resolve("initdb")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                        .map(v -> v.resolve("bin"))
                        .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under " + versions
                                + "; set ACCORD_PG_BIN to the folder with initdb and pg_ctl"));
            }
        }
        throw new IllegalStateException("no PostgreSQL server under " + versions
                + "; set ACCORD_PG_BIN to the folder with initdb and pg_ctl");
    }

}
