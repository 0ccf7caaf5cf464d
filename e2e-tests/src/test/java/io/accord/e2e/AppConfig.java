package io.accord.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app's configuration in the prod profile as its packaged jar sees it, from the source tree: its
 * application.properties over the defaults of the infrastructure modules it depends on (their
 * META-INF/microprofile-config.properties, accord-messaging's above accord-web's and accord-persistence's, as their
 * config_ordinal says), a {@code %prod.} property over a plain one wherever either is.
 */
final class AppConfig {

    /** Infrastructure modules with defaults, lowest precedence first. */
    private static final List<String> DEFAULTS = List.of("accord-web", "accord-persistence", "accord-messaging");
    /** An environment variable read without a default: ${NAME}, never ${NAME:default}. */
    private static final Pattern REQUIRED_ENV = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Map<String, String> properties;

    private AppConfig(Map<String, String> properties) {
        this.properties = properties;
    }

    static AppConfig of(Path root, String app) {
        try {
            String pom = Files.readString(root.resolve(app).resolve("pom.xml"));
            List<Path> files = new ArrayList<>();
            for (String module : DEFAULTS) {
                if (pom.contains("<artifactId>" + module + "</artifactId>")) {
                    files.add(root.resolve(module).resolve("src/main/resources/META-INF/microprofile-config.properties"));
                }
            }
            files.add(root.resolve(app).resolve("src/main/resources/application.properties"));
            Map<String, String> merged = new HashMap<>();
            for (Path file : files) {
                Properties properties = new Properties();
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                properties.forEach((key, value) -> merged.put(key.toString(), value.toString().trim()));
            }
            Map<String, String> prod = new HashMap<>();
            merged.forEach((key, value) -> {
                if (!key.startsWith("%")) {
                    prod.putIfAbsent(key, value);
                } else if (key.startsWith("%prod.")) {
                    prod.put(key.substring("%prod.".length()), value);
                }
            });
            return new AppConfig(prod);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variables the app's prod configuration reads without a default. */
    Set<String> requiredEnvironment() {
        Set<String> names = new TreeSet<>();
        for (String value : properties.values()) {
            Matcher matcher = REQUIRED_ENV.matcher(value);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** The topics the app publishes to (the outbox), consumes and dead-letters to. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (key.equals("accord.events.topic")) {
                topics.add(value);
                // accord-messaging's default accord.audit.chain-heads.topic: the audit chain heads have a topic of their own
                topics.add(value + ".chain-heads");
            } else if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                topics.add(value);
            } else if (key.equals("accord.gateway.events.topics")) {
                topics.addAll(List.of(value.split("\\s*,\\s*")));
            }
        });
        return topics;
    }
}
