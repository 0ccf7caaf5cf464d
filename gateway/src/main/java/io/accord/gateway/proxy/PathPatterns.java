package io.accord.gateway.proxy;

import java.util.List;
import java.util.Map;

/**
 * Route groups are named by path patterns: a pattern matches its path and everything below it, and a {@code *}
 * segment matches any one segment ({@code /api/v1/customers/{@literal *}/overview}).
 */
public final class PathPatterns {

    private PathPatterns() {
    }

    public static boolean matches(String pattern, String path) {
        int p = 0;
        int q = 0;
        while (p < pattern.length()) {
            int pEnd = segmentEnd(pattern, p);
            if (q >= path.length()) {
                return false;
            }
            int qEnd = segmentEnd(path, q);
            boolean wildcard = pEnd - p == 2 && pattern.startsWith("/*", p);
            if (!wildcard && (pEnd - p != qEnd - q || !pattern.regionMatches(p, path, q, pEnd - p))) {
                return false;
            }
            p = pEnd;
            q = qEnd;
        }
        return q == path.length() || path.charAt(q) == '/';
    }

    /** The group (other than {@code default}) with the longest matching pattern, else {@code default}. */
    public static String groupOf(String path, Map<String, List<String>> patternsByGroup) {
        String best = "default";
        int bestLength = -1;
        for (Map.Entry<String, List<String>> group : patternsByGroup.entrySet()) {
            if ("default".equals(group.getKey())) {
                continue;
            }
            for (String pattern : group.getValue()) {
                if (pattern.length() > bestLength && matches(pattern, path)) {
                    best = group.getKey();
                    bestLength = pattern.length();
                }
            }
        }
        return best;
    }

    /** Index of the next '/' after {@code from} (segments start with their slash), or the end. */
    private static int segmentEnd(String s, int from) {
        int next = s.indexOf('/', from + 1);
        return next < 0 ? s.length() : next;
    }
}
