package io.accord.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations API.md promises ({@code docs/spec/API.md}, the contract front ends and ERP clients code against),
 * read from its tables: {@code METHOD /path} cells, optional segments ({@code [/{id}]}) in both forms, and the
 * shorthand {@code …/x} continuing the previous path of the table. Path parameters are compared by position only.
 */
final class ApiContract {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern OPERATION = Pattern.compile("^(?:(GET|POST|PUT|PATCH|DELETE) )?((?:/|…)\\S*)$");

    private ApiContract() {
    }

    static Set<String> operations() {
        Path file = Path.of(System.getProperty("accord.root", "..")).resolve("docs/spec/API.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> operations = new LinkedHashSet<>();
        String base = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                base = null;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String cell = line.substring(2, line.indexOf(" |", 2));
            String method = null;
            Matcher code = CODE.matcher(cell);
            while (code.find()) {
                Matcher op = OPERATION.matcher(code.group(1).trim());
                if (!op.matches()) {
                    continue;
                }
                method = op.group(1) != null ? op.group(1) : method;
                String path = op.group(2).replaceAll("\\?.*$", "");
                if (path.startsWith("…")) {
                    path = resolve(base, path.substring(1));
                }
                base = path;
                if (method == null || path.startsWith("/q/")) {
                    continue;
                }
                for (String variant : variants(path)) {
                    operations.add(method + " " + normalise(variant));
                }
            }
        }
        return operations;
    }

    /** {@code …/rest} continues the previous path: after the segment it names, or after the resource's id, or as a sibling. */
    private static String resolve(String base, String rest) {
        if (base == null) {
            throw new IllegalStateException("API.md uses '…" + rest + "' before any full path");
        }
        String full = variants(base).get(variants(base).size() - 1);
        String first = rest.split("/")[1];
        int at = full.indexOf("/" + first + "/");
        if (at < 0 && full.endsWith("/" + first)) {
            at = full.length() - first.length() - 1;
        }
        if (at >= 0) {
            return full.substring(0, at) + rest;
        }
        if (first.startsWith("{")) {
            return full + rest;
        }
        return full.substring(0, full.lastIndexOf('/')) + rest;
    }

    /** {@code /a[/{id}]} is both {@code /a} and {@code /a/{id}}. */
    private static List<String> variants(String path) {
        int open = path.indexOf('[');
        if (open < 0) {
            return List.of(path);
        }
        int close = path.lastIndexOf(']');
        List<String> out = new ArrayList<>();
        out.add(path.substring(0, open) + path.substring(close + 1));
        for (String inner : variants(path.substring(open + 1, close))) {
            out.add(path.substring(0, open) + inner + path.substring(close + 1));
        }
        return out;
    }

    static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
