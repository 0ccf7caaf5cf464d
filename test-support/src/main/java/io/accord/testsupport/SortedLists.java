package io.accord.testsupport;

import io.restassured.path.json.JsonPath;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sorting as API.md promises it, checked the same way in every service: a list asked for a sort and walked page by
 * page with its cursor is every match once, in that order, ties broken by the id; a bad sort is a 400 naming
 * {@code sort} and the list's fields, which are exactly the fields its OpenAPI parameter documents.
 */
public final class SortedLists {

    private SortedLists() {
    }

    /**
     * Every item of {@code path?filters&sort=…} read {@code size} at a time. Only the first request names the sort: the
     * later ones repeat the filters and pass the cursor, which keeps the order it was given under.
     */
    public static List<Map<String, Object>> walk(String authorization, String path, String filters, int size, String... sort) {
        String sorted = String.join("", Arrays.stream(sort).map(s -> "&sort=" + s).toList());
        JsonPath page = read(authorization, path + "?" + filters + "&size=" + size + sorted);
        List<Map<String, Object>> items = new ArrayList<>(page.getList("items"));
        int pages = 1;
        while (page.getString("next") != null) {
            page = read(authorization, path + "?" + filters + "&size=" + size + "&cursor=" + page.getString("next"));
            items.addAll(page.getList("items"));
            pages++;
        }
        assertTrue(pages > 1, "the walk crossed pages");
        assertEquals(items.size(), new HashSet<>(ids(items)).size(), "no item twice");
        return items;
    }

    /** The ids in the order given. */
    public static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> String.valueOf(i.get("id"))).toList();
    }

    /**
     * {@code items} are in {@code order}, then by id in the last key's direction ({@code idDescending}): PostgreSQL
     * orders UUIDs by their bytes, which is the order of their hex text.
     */
    public static void assertSorted(List<Map<String, Object>> items, Comparator<Map<String, Object>> order, boolean idDescending) {
        Comparator<Map<String, Object>> byId = Comparator.comparing(i -> String.valueOf(i.get("id")));
        List<Map<String, Object>> expected = new ArrayList<>(items);
        expected.sort(order.thenComparing(idDescending ? byId.reversed() : byId));
        assertEquals(ids(expected), ids(items), "the items in the requested order");
    }

    /** A text field of an item, to build an order with. */
    public static Function<Map<String, Object>, String> text(String field) {
        return i -> String.valueOf(i.get(field));
    }

    /** A time field of an item (ISO-8601 text), to build an order with. */
    public static Function<Map<String, Object>, OffsetDateTime> time(String field) {
        return i -> OffsetDateTime.parse(String.valueOf(i.get(field)));
    }

    /**
     * An unknown field and an unknown direction are each a 400 problem naming {@code sort}; the fields the refusal
     * lists are {@code fields}, and they are what the OpenAPI document gives for {@code GET path} (both directions each).
     */
    public static void refusesWhatItDoesNotSortBy(String authorization, String path, List<String> fields) {
        refusesWhatItDoesNotSortBy(authorization, path, path, fields);
    }

    /** As above, for a list under an address ({@code /api/v1/surveys/{id}/invitations}) called at {@code path}. */
    public static void refusesWhatItDoesNotSortBy(String authorization, String path, String documentedPath, List<String> fields) {
        String listed = "allowed: " + String.join(", ", fields) + " (";
        JsonPath unknown = refused(authorization, path + "?sort=password,asc");
        assertTrue(unknown.getString("violations[0].message").contains(listed), unknown.prettify());
        refused(authorization, path + "?sort=" + fields.get(0) + ",sideways");

        List<String> documented = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getList("paths.'" + documentedPath + "'.get.parameters.find { it.name == 'sort' }.schema.items.enum");
        List<String> expected = new ArrayList<>();
        fields.forEach(f -> {
            expected.add(f + ",asc");
            expected.add(f + ",desc");
        });
        assertEquals(expected, documented, "the OpenAPI document names the fields the list sorts by");
    }

    private static JsonPath refused(String authorization, String pathAndQuery) {
        JsonPath problem = given().header("Authorization", authorization).urlEncodingEnabled(false).get(pathAndQuery)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertEquals("sort", problem.getString("violations[0].field"), problem.prettify());
        return problem;
    }

    private static JsonPath read(String authorization, String pathAndQuery) {
        return given().header("Authorization", authorization).urlEncodingEnabled(false).get(pathAndQuery)
                .then().statusCode(200).extract().jsonPath();
    }
}
