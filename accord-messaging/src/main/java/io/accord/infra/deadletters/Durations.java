package io.accord.infra.deadletters;

import java.time.Duration;
import java.util.Locale;

/**
 * A duration written as the apps' configuration writes it (Quarkus' notation): {@code 14D}, {@code 10m}, {@code 30s},
 * {@code 500ms}, a bare number of seconds, or ISO-8601 ({@code P14D}). Outside Quarkus the tool has no converter for it.
 */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text) {
        String value = text.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("p") || lower.startsWith("-p")) {
                return Duration.parse(value);
            }
            if (lower.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(lower));
            }
            if (lower.matches("\\d+ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
            }
            if (lower.matches("\\d+d")) {
                return Duration.parse("P" + lower);
            }
            return Duration.parse("PT" + lower);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (14D, 10m, 30s, P14D, …)", e);
        }
    }
}
