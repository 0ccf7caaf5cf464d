package io.accord.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What counts as an inline fully qualified name, and what does not. */
class SourceRulesTest {

    private static final Path FILE = Path.of("Example.java");

    @Test
    void aQualifiedNameInCodeIsFoundWithItsLine() {
        String source = """
                package io.accord.example;

                import java.util.Map;

                class Example {
                    java.util.List<String> names = java.util.List.of("a");
                    Object o = org.hamcrest.Matchers.nullValue();
                    @jakarta.inject.Inject Map<String, String> m;
                }
                """;

        assertEquals(List.of("6: java.util.List", "6: java.util.List", "7: org.hamcrest.Matchers", "8: jakarta.inject.Inject"),
                found(source, Set.of()));
    }

    @Test
    void importsPackagesCommentsAndTextAreNotCode() {
        String source = """
                package io.accord.example;

                import java.util.List;
                import static org.hamcrest.Matchers.nullValue;

                /** Reads {@link java.util.concurrent.Flow.Subscriber} (see io.accord.infra.time.Clocks). */
                class Example {
                    // java.util.Map.of() would do too
                    String s = "java.util.UUID.randomUUID()";
                    String block = \"""
                            io.accord.Example.run()
                            \""";
                    char quote = '"';
                    /* org.junit.jupiter.api.Assertions.fail() */ List<String> names = List.of("a\\"java.util.Set.of()");
                }
                """;

        assertEquals(List.of(), found(source, Set.of()));
    }

    @Test
    void aQualifiedNameIsAllowedWhereTheSimpleNameIsTakenByAnImport() {
        String source = """
                import org.apache.kafka.common.errors.TimeoutException;

                class Relay {
                    void send() throws java.util.concurrent.TimeoutException {
                    }
                }
                """;

        assertEquals(List.of(), found(source, Set.of()));
    }

    @Test
    void aQualifiedNameIsAllowedWhereTheSimpleNameIsATypeOfTheSamePackageOrFile() {
        String samePackage = "class Mapper { Object e = new jakarta.ws.rs.NotFoundException(); }";
        String sameFile = "class Outer { record Path(String p) {} java.nio.file.Path real; }";

        assertEquals(List.of(), found(samePackage, Set.of("NotFoundException")));
        assertEquals(List.of(), found(sameFile, Set.of()));
    }

    @Test
    void theTextKeepsItsLinesAndLengthWhenCommentsAndLiteralsAreBlanked() {
        String source = "a /* x\ny */ b \"c\" // d\ne";

        String blanked = SourceRules.withoutCommentsAndLiterals(source);

        assertEquals(source.length(), blanked.length());
        assertEquals("a     \n     b         \ne", blanked);
    }

    private static List<String> found(String source, Set<String> samePackageTypes) {
        return SourceRules.inlineQualifiedNames(FILE, source, samePackageTypes).stream()
                .map(f -> f.line() + ": " + f.name()).toList();
    }
}
