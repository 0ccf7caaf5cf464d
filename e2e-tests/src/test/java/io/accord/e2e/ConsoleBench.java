package io.accord.e2e;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.chromium.HasCdp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./accord bench console [runs]} (bench/console.sh): how quickly the console's first screen is usable, in Debian's
 * headless chromium against the running suite ({@code ./accord up}). Each run opens /console/ in a fresh browser
 * profile (nothing cached: a first visit), then once more in the same browser (a returning visit, the assets cached).
 * Per visit: the Navigation Timing's domInteractive, the moment the sign-in form is usable (its user field and an
 * enabled Sign in button are in the page: a MutationObserver installed before the page's own scripts records
 * performance.now()), and the bytes transferred until then (transferSize of the page and every resource). Prints the
 * median and p95 of each; a timing benchmark, never asserted.
 */
public final class ConsoleBench {

    private static final String USABLE_PROBE = """
            (() => {
              const usable = () => {
                const user = document.getElementById('f-user');
                const signIn = document.getElementById('sign-in');
                return user && signIn && !signIn.disabled;
              };
              new MutationObserver((changes, observer) => {
                if (usable()) {
                  window.__accordUsable = performance.now();
                  observer.disconnect();
                }
              }).observe(document, { childList: true, subtree: true, attributes: true });
            })();
            """;

    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const entries = [nav, ...performance.getEntriesByType('resource')];
            return { interactive: nav.domInteractive, usable: window.__accordUsable,
                     bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0) };
            """;

    private record Visit(double interactive, double usable, long bytes) {
    }

    private ConsoleBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ConsoleBench <gateway url> <runs> [result.json]");
            System.exit(2);
        }
        String console = args[0].replaceAll("/+$", "") + "/console/";
        int runs = Integer.parseInt(args[1]);
        List<Visit> first = new ArrayList<>();
        List<Visit> returning = new ArrayList<>();
        String browserVersion = "";
        visitTwice(console, new ArrayList<>(), new ArrayList<>()); // unmeasured: the gateway's first requests
        for (int run = 0; run < runs; run++) {
            browserVersion = visitTwice(console, first, returning);
            System.err.print(".");
        }
        System.err.println();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("browser", "chromium " + browserVersion + " (headless)");
        result.put("runs", runs);
        result.put("firstVisit", summary(first));
        result.put("returningVisit", summary(returning));
        System.out.printf("console first screen at %s, %d runs, headless chromium %s (ms from navigation start; median / p95)%n",
                console, runs, browserVersion);
        print("first visit (nothing cached)", first);
        print("returning visit (cached)", returning);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), json(result) + "\n");
        }
    }

    /** One fresh browser: a first visit, then a returning one. Returns the browser's version. */
    private static String visitTwice(String console, List<Visit> first, List<Visit> returning) {
        try (ConsoleBrowser browser = ConsoleBrowser.launch("en")) {
            ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", USABLE_PROBE));
            first.add(visit(browser, console));
            browser.driver().get("about:blank");
            returning.add(visit(browser, console));
            Capabilities capabilities = ((HasCapabilities) browser.driver()).getCapabilities();
            return capabilities.getBrowserVersion();
        }
    }

    private static Visit visit(ConsoleBrowser browser, String console) {
        browser.driver().get(console);
        browser.until(d -> Boolean.TRUE.equals(browser.script("return window.__accordUsable !== undefined")), "the sign-in form usable");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.script(MEASURE);
        return new Visit(((Number) m.get("interactive")).doubleValue(), ((Number) m.get("usable")).doubleValue(),
                ((Number) m.get("bytes")).longValue());
    }

    private static void print(String label, List<Visit> visits) {
        Map<String, Object> s = summary(visits);
        System.out.printf("  %-30s domInteractive %s, sign-in usable %s, transferred %s%n", label,
                pair(s, "domInteractiveMs", " ms"), pair(s, "signInUsableMs", " ms"), pair(s, "transferredKB", " KB"));
    }

    @SuppressWarnings("unchecked")
    private static String pair(Map<String, Object> summary, String key, String unit) {
        Map<String, Double> m = (Map<String, Double>) summary.get(key);
        return String.format("%.0f / %.0f%s", m.get("median"), m.get("p95"), unit);
    }

    private static Map<String, Object> summary(List<Visit> visits) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("domInteractiveMs", stats(visits.stream().map(Visit::interactive).toList()));
        s.put("signInUsableMs", stats(visits.stream().map(Visit::usable).toList()));
        s.put("transferredKB", stats(visits.stream().map(v -> v.bytes() / 1024.0).toList()));
        return s;
    }

    /** Median and p95 by nearest rank. */
    private static Map<String, Double> stats(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("median", sorted.get((sorted.size() - 1) / 2));
        m.put("p95", sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1));
        return m;
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + json(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return value instanceof Number ? value.toString() : "\"" + value + "\"";
    }
}
