package io.accord.infra.web;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One key of a list's order as a request names it, {@code sort=field,asc|desc} (API.md): several {@code sort}
 * parameters apply in order. The field must be on the list's allow-list; anything else is a 400 naming {@code sort}
 * and the fields the list sorts by, so a front end learns them from the answer. A field without a direction sorts
 * ascending, as most list APIs do. Text only: accord-persistence's {@code Sorting} turns keys into the query.
 */
public record SortKey(String field, boolean descending) {

    public static final String PARAM = "sort";

    /** The keys {@code values} ask for, in order; blank values (an empty {@code sort=}) ask for nothing. */
    public static List<SortKey> parse(Collection<String> values, Collection<String> allowed) {
        List<SortKey> keys = new ArrayList<>();
        if (values == null) {
            return keys;
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            SortKey key = parse(value.trim(), allowed);
            if (!seen.add(key.field)) {
                throw new InvalidFieldException(PARAM, Text.of("web.sort.twice", key.field));
            }
            keys.add(key);
        }
        return keys;
    }

    private static SortKey parse(String value, Collection<String> allowed) {
        String[] parts = value.split(",", -1);
        String field = parts[0].trim();
        if (!allowed.contains(field)) {
            throw new InvalidFieldException(PARAM, Text.of("web.sort.unknown", field, String.join(", ", allowed)));
        }
        if (parts.length == 1) {
            return new SortKey(field, false);
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "";
        return switch (direction) {
            case "asc" -> new SortKey(field, false);
            case "desc" -> new SortKey(field, true);
            default -> throw new InvalidFieldException(PARAM, Text.of("web.sort.direction", value, field));
        };
    }

    /** {@code field,asc} or {@code field,desc}: what a request writes, and what a cursor remembers. */
    @Override
    public String toString() {
        return field + (descending ? ",desc" : ",asc");
    }
}
