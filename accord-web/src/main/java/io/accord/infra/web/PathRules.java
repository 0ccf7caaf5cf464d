package io.accord.infra.web;

import io.accord.infra.i18n.Text;
import java.util.Locale;

/**
 * Which request paths Accord accepts: only paths that mean the same to every hop. Dot segments ({@code /q/../api}),
 * encoded dots, encoded slashes or backslashes let a path look like one thing to the edge (its routes, limits, access
 * log, API-key scope) and another to whatever resolves it later, so they are refused rather than repaired.
 */
public final class PathRules {

    private PathRules() {
    }

    /** {@code null} if the raw (undecoded) path is acceptable, else why not. */
    public static Text refusal(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return Text.of("web.path.start");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.indexOf('\\') >= 0) {
            return Text.of("web.path.encoded");
        }
        int start = 1;
        while (start <= rawPath.length()) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            int length = end - start;
            if ((length == 1 && rawPath.charAt(start) == '.') || (length == 2 && rawPath.startsWith("..", start))) {
                return Text.of("web.path.dots");
            }
            start = end + 1;
        }
        return null;
    }
}
