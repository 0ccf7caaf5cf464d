package io.accord.gateway.overview;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The services' notification lists as one, newest first: each service answered its own newest {@code (page + 1) · size}
 * mails, so the first {@code (page + 1) · size} of all of them are among those, and the page is cut from their merge.
 * Ids are unique across services already ({@code complaint-service:42}).
 */
public final class MergedNotifications {

    /** Newest first; the same instant in two services by id, so the order is the same on every call. */
    private static final Comparator<JsonObject> NEWEST_FIRST = Comparator
            .comparing((JsonObject item) -> OffsetDateTime.parse(item.getString("queuedAt")).toInstant())
            .thenComparing(item -> item.getString("id"))
            .reversed();

    private MergedNotifications() {
    }

    /** The page's items, the count of all matches, and whether it is exact; {@code lists} by service name. */
    public static Merged merge(Map<String, JsonObject> lists, int page, int size) {
        List<JsonObject> all = new ArrayList<>();
        long total = 0;
        boolean exact = true;
        for (JsonObject list : lists.values()) {
            JsonArray items = list.getJsonArray("items", new JsonArray());
            for (int i = 0; i < items.size(); i++) {
                all.add(items.getJsonObject(i));
            }
            total += list.getLong("total", (long) items.size());
            exact &= list.getBoolean("totalExact", true);
        }
        all.sort(NEWEST_FIRST);
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new Merged(List.copyOf(all.subList(from, to)), total, exact);
    }

    public record Merged(List<JsonObject> items, long total, boolean totalExact) {
    }
}
