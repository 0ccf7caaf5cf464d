package io.accord.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every module's Java sources (main and test) name classes through imports, never inline by their fully qualified
 * name. It reads the sources of the whole repository, so a module added later is covered without wiring.
 */
class RepositorySourcesTest {

    private static final Path ROOT = Path.of(System.getProperty("accord.root", "..")).toAbsolutePath().normalize();

    @Test
    void classesAreNamedThroughImportsNotInline() {
        List<SourceRules.Finding> findings = SourceRules.inlineQualifiedNames(ROOT);

        List<String> offending = findings.stream().map(SourceRules.Finding::toString).toList();
        assertEquals(List.of(), offending, "import these classes instead of qualifying them inline");
    }

    @Test
    void theRepositoryIsWhereItsModulesAre() {
        // a wrong root would find no sources and pass for nothing
        assertTrue(Files.isRegularFile(ROOT.resolve("apps.conf")), ROOT.toString());
        assertTrue(Files.isDirectory(ROOT.resolve("test-support/src/main/java")), ROOT.toString());
    }
}
