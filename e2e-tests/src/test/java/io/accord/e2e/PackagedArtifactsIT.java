package io.accord.e2e;

import io.accord.testsupport.LocalApps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No packaged app (four services, the gateway) carries the dev key pair, and so no private key at all. */
class PackagedArtifactsIT {

    @Test
    void noPackagedAppContainsTheDevKeys() throws IOException {
        List<String> found = new ArrayList<>();
        int jars = 0;
        for (LocalApps.App app : LocalApps.read(AccordSuite.root())) {
            Path packaged = AccordSuite.root().resolve(app.name()).resolve("target/quarkus-app");
            assertTrue(Files.exists(packaged.resolve("quarkus-run.jar")), packaged + " is not built");
            try (Stream<Path> files = Files.walk(packaged)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.contains("dev-keys") || name.endsWith(".pem")) {
                        found.add(packaged.relativize(file).toString());
                    }
                    if (name.endsWith(".jar")) {
                        jars++;
                        found.addAll(keysIn(file));
                    }
                }
            }
        }
        assertTrue(jars > 100, "only " + jars + " jars scanned");
        assertEquals(List.of(), found, "dev keys in packaged apps");
    }

    private static List<String> keysIn(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".pem") || n.contains("accord/dev-jwt"))
                    .map(n -> jar.getFileName() + "!" + n).toList();
        }
    }
}
