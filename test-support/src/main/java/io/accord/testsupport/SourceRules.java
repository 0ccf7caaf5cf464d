package io.accord.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rules read from the Java sources, for what compiled classes cannot show: a fully qualified class name written
 * inline ({@code java.util.List.of(…)}) compiles to the same bytecode as an imported one, so ArchUnit cannot see it.
 * Code names classes through imports; a qualified name is only allowed where the simple name is already taken (an
 * import or a type of the same package or file), because there it is the only way to say which class is meant.
 */
public final class SourceRules {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|io|org|com|net)\\.(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;");
    private static final Pattern DECLARED_TYPE = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z]\\w*)");
    private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("\\s*(?:import|package)\\b.*");
    private static final Set<String> NOT_SOURCES = Set.of("target", "node_modules", ".git", ".accord");

    /** One inline qualified name: where, and which. */
    public record Finding(Path file, int line, String name) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + name;
        }
    }

    private SourceRules() {
    }

    /** Every inline qualified name in the modules' Java sources ({@code src/main/java}, {@code src/test/java}) under root. */
    public static List<Finding> inlineQualifiedNames(Path root) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : javaSources(root)) {
            try {
                findings.addAll(inlineQualifiedNames(root.relativize(file), Files.readString(file), samePackageTypes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return findings;
    }

    /**
     * The inline qualified names in one source file's text.
     *
     * @param samePackageTypes simple names of the types of the file's package (they need no import, so they take a name)
     */
    public static List<Finding> inlineQualifiedNames(Path file, String source, Set<String> samePackageTypes) {
        String code = withoutCommentsAndLiterals(source);
        Set<String> taken = new HashSet<>(samePackageTypes);
        Set<String> imported = new HashSet<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            imported.add(imports.group(1));
            taken.add(imports.group(1).substring(imports.group(1).lastIndexOf('.') + 1));
        }
        Matcher declared = DECLARED_TYPE.matcher(code);
        while (declared.find()) {
            taken.add(declared.group(1));
        }
        List<Finding> findings = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (IMPORT_OR_PACKAGE.matcher(lines[i]).matches()) {
                continue;
            }
            Matcher qualified = QUALIFIED.matcher(lines[i]);
            while (qualified.find()) {
                String name = qualified.group();
                boolean clash = taken.contains(qualified.group(1)) && !imported.contains(name);
                if (!clash) {
                    findings.add(new Finding(file, i + 1, name));
                }
            }
        }
        return findings;
    }

    /**
     * The source with comments, string, text-block and character literals blanked out (same length, same lines), so
     * that a qualified name in Javadoc or in a message is not taken for code.
     */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("\"\"\"", i)) {
                end = endOf(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = endOf(source, i + 1, String.valueOf(source.charAt(i)));
            } else if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Just past the closing delimiter of a literal whose content starts at from (escapes skipped). */
    private static int endOf(String source, int from, String delimiter) {
        int j = from;
        while (j < source.length() && !source.startsWith(delimiter, j)) {
            j += source.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), j + delimiter.length());
    }

    private static List<Path> javaSources(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return NOT_SOURCES.contains(String.valueOf(dir.getFileName())) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = root.relativize(file).toString().replace('\\', '/');
                    if (path.endsWith(".java") && (path.contains("/src/main/java/") || path.contains("/src/test/java/"))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** The types of a file's package in its module: its own directory and the same package in main or test. */
    private static Set<String> samePackageTypes(Path file) {
        Path dir = file.getParent();
        String path = dir.toString().replace('\\', '/');
        List<Path> dirs = List.of(Path.of(path.replace("/src/test/java/", "/src/main/java/")),
                Path.of(path.replace("/src/main/java/", "/src/test/java/")));
        Set<String> names = new HashSet<>();
        for (Path d : dirs) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> siblings = Files.list(d)) {
                    siblings.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".java"))
                            .forEach(f -> names.add(f.substring(0, f.length() - ".java".length())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return names;
    }
}
