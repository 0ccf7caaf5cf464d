package io.accord.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Translations are complete: in every module of the repository (found by walking it, so a module or bundle added later
 * is covered without wiring), each family of message bundles ({@code name.properties}, {@code name_en.properties},
 * {@code name_zh_CN.properties}, … in one folder: Accord's {@code accord/messages*}, a Qute message bundle's
 * {@code msg_*}) holds the same keys in every language, each with the same {@code {n}} arguments and none empty; every
 * {@code accord/messages.properties} has its Chinese file; and every key the Java sources name ({@code Text.of("…")},
 * {@code message = "{…}"}) is in a bundle.
 */
class MessageBundlesTest {

    private static final Path ROOT = Path.of(System.getProperty("accord.root", "..")).toAbsolutePath().normalize();
    private static final Pattern VARIANT = Pattern.compile("(.+?)((?:_[a-z]{2,3})(?:_[A-Z]{2})?)?\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d{1,2})}");
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:Text\\.of\\(|message = )\"\\{?([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)}?\"");

    @Test
    void everyBundleHoldsTheSameKeysAndArgumentsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        Map<String, List<Path>> families = families();
        assertFalse(families.isEmpty(), "no message bundles found under " + ROOT);
        families.forEach((family, files) -> {
            Map<Path, Properties> read = new TreeMap<>();
            files.forEach(file -> read.put(file, load(file)));
            Set<String> keys = new TreeSet<>();
            read.values().forEach(p -> keys.addAll(p.stringPropertyNames()));
            for (String key : keys) {
                Set<String> arguments = null;
                for (Map.Entry<Path, Properties> file : read.entrySet()) {
                    String value = file.getValue().getProperty(key);
                    if (value == null || value.isBlank()) {
                        problems.add(ROOT.relativize(file.getKey()) + ": " + (value == null ? "lacks " : "leaves empty ") + key);
                        continue;
                    }
                    Set<String> these = arguments(value);
                    if (arguments == null) {
                        arguments = these;
                    } else if (!arguments.equals(these)) {
                        problems.add(ROOT.relativize(file.getKey()) + ": " + key + " has arguments " + these + ", another language " + arguments);
                    }
                }
            }
        });
        assertEquals(List.of(), problems, "complete the translations");
    }

    @Test
    void everyAccordBundleHasItsChineseFile() {
        List<String> missing = resources().filter(p -> p.getFileName().toString().equals("messages.properties"))
                .filter(p -> p.getParent().getFileName().toString().equals("accord"))
                .filter(p -> !Files.isRegularFile(p.resolveSibling("messages_zh_CN.properties")))
                .map(p -> ROOT.relativize(p).toString()).toList();
        assertEquals(List.of(), missing, "add messages_zh_CN.properties beside");
    }

    @Test
    void everyKeyTheCodeNamesIsInABundle() {
        Set<String> known = new TreeSet<>();
        resources().filter(p -> Set.of("messages.properties", "ValidationMessages.properties").contains(p.getFileName().toString()))
                .forEach(p -> known.addAll(load(p).stringPropertyNames()));
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(ROOT)) {
            sources.filter(p -> p.toString().endsWith(".java") && ROOT.relativize(p).toString().replace('\\', '/').contains("/src/main/"))
                    .filter(MessageBundlesTest::inModule)
                    .forEach(source -> {
                        Matcher m = KEY_IN_CODE.matcher(read(source));
                        while (m.find()) {
                            if (!known.contains(m.group(1))) {
                                unknown.add(ROOT.relativize(source) + ": " + m.group(1));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), unknown, "add these keys to the module's accord/messages.properties (and its zh_CN file)");
    }

    private static Map<String, List<Path>> families() {
        Map<String, List<Path>> all = new TreeMap<>();
        resources().filter(p -> p.toString().endsWith(".properties")).forEach(p -> {
            Matcher m = VARIANT.matcher(p.getFileName().toString());
            if (m.matches()) {
                all.computeIfAbsent(p.getParent().resolve(m.group(1)).toString(), k -> new ArrayList<>()).add(p);
            }
        });
        // a family is a bundle when at least one file names a language; application.properties alone is not
        return all.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> VARIANT.matcher(p.getFileName().toString()).replaceAll("$2").length() > 0))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Stream<Path> resources() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).filter(MessageBundlesTest::inModule)
                    .filter(p -> ROOT.relativize(p).toString().replace('\\', '/').contains("/src/main/resources/"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inModule(Path p) {
        String relative = ROOT.relativize(p).toString().replace('\\', '/');
        return !relative.startsWith(".") && !relative.contains("/target/") && !relative.contains("/node_modules/");
    }

    private static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
