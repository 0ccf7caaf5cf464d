package io.accord.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The applications of Accord as {@code apps.conf} at the repository root lists them, the one list that {@code ./accord}
 * and the end-to-end suite both read: name (= Maven module), the gateway's name for it ({@code -} for the gateway
 * itself), port, management port and database of a local run.
 */
public final class LocalApps {

    /** One line of {@code apps.conf}. */
    public record App(String name, String routedAs, int port, int managementPort, String database) {

        /** Whether the gateway routes to it (every service; not the gateway itself). */
        public boolean routed() {
            return !"-".equals(routedAs);
        }
    }

    private LocalApps() {
    }

    /** The apps in the order of the file (the order ./accord starts them in). */
    public static List<App> read(Path root) {
        Path file = root.resolve("apps.conf");
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(f -> {
                        if (f.length != 5) {
                            throw new IllegalStateException(file + ": expected 5 fields, got " + String.join(" ", f));
                        }
                        return new App(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The apps the gateway routes to: the services. */
    public static List<App> services(Path root) {
        return read(root).stream().filter(App::routed).toList();
    }
}
