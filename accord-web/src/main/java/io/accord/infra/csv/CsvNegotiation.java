package io.accord.infra.csv;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of a list's two answers a request gets, decided once before a resource method is chosen: {@code ?format=csv}, or
 * an {@code Accept} that prefers {@code text/csv} to {@code application/json} (a higher q-value), gets CSV; anything
 * else keeps JSON, the default, also when both are asked for equally ({@code Accept: application/json, text/csv}).
 * The {@code Accept} header is rewritten to say so plainly ({@code text/csv}, or the header without its {@code text/csv}
 * range), so JAX-RS's own choice between the list's JSON and CSV methods never depends on the order of equal ranges.
 * An endpoint without a CSV answer refuses {@code ?format=csv} with 406, as it refuses {@code Accept: text/csv}.
 */
@Provider
@PreMatching
public class CsvNegotiation implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        boolean asked = request.getUriInfo().getQueryParameters().getOrDefault(CsvExport.FORMAT, List.of()).stream()
                .anyMatch(f -> f.equalsIgnoreCase("csv"));
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        String rewritten = asked ? CsvExport.MEDIA_TYPE : accept(accept);
        if (rewritten != null && !rewritten.equals(accept)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, rewritten);
        }
    }

    /** The {@code Accept} header to go on with: {@code text/csv} when it prefers CSV, else without its text/csv range. */
    static String accept(String accept) {
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains(CsvExport.MEDIA_TYPE)) {
            return accept;
        }
        List<String> ranges = List.of(accept.split(","));
        if (quality(ranges, "text", "csv") > quality(ranges, "application", "json")) {
            return CsvExport.MEDIA_TYPE;
        }
        List<String> rest = new ArrayList<>();
        for (String range : ranges) {
            if (!mediaType(range).equals(CsvExport.MEDIA_TYPE)) {
                rest.add(range.trim());
            }
        }
        return rest.isEmpty() ? "application/json" : String.join(", ", rest);
    }

    /** The q-value the most specific matching range gives {@code type/subtype} (0 when none matches). */
    static double quality(List<String> ranges, String type, String subtype) {
        double best = 0;
        int specificity = -1;
        for (String range : ranges) {
            String media = mediaType(range);
            int matches = media.equals(type + "/" + subtype) ? 2 : media.equals(type + "/*") ? 1 : media.equals("*/*") ? 0 : -1;
            if (matches > specificity) {
                specificity = matches;
                best = q(range);
            }
        }
        return best;
    }

    private static String mediaType(String range) {
        int semicolon = range.indexOf(';');
        return (semicolon < 0 ? range : range.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static double q(String range) {
        for (String parameter : range.split(";")) {
            String p = parameter.trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException malformed) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
