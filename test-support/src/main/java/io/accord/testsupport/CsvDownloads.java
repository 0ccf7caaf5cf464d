package io.accord.testsupport;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A list's {@code text/csv} answer as API.md promises it, read the same way in every service: a UTF-8 download with a
 * byte order mark, parsed as RFC 4180 (quoted cells, doubled quotes, line breaks inside quotes), the id first in each row.
 */
public final class CsvDownloads {

    private static final String BOM = "\uFEFF";

    private CsvDownloads() {
    }

    /** The header row and the rows, as the file holds them. */
    public record Csv(List<String> header, List<List<String>> rows) {

        /** The first column of every row: the id each export starts with. */
        public List<String> ids() {
            return rows.stream().map(r -> r.get(0)).toList();
        }

        /** The cells of the column whose header is {@code name}. */
        public List<String> column(String name) {
            int i = header.indexOf(name);
            assertTrue(i >= 0, name + " is a column of " + header);
            return rows.stream().map(r -> r.get(i)).toList();
        }
    }

    /** {@code path?query} with {@code Accept: text/csv} in {@code language}: a 200 CSV download, parsed. */
    public static Csv download(String authorization, String path, String query, String language) {
        Response answer = given().header("Authorization", authorization).header("Accept", "text/csv")
                .header("Accept-Language", language).get(path + "?" + query);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("text/csv"), answer.contentType());
        String disposition = answer.header("Content-Disposition");
        assertTrue(disposition != null && disposition.matches("attachment; filename=\"[a-z-]+-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                String.valueOf(disposition));
        return parse(new String(answer.asByteArray(), StandardCharsets.UTF_8));
    }

    /** The ids of every item of the JSON list {@code path?query}, page after page by its cursor. */
    public static List<String> listedIds(String authorization, String path, String query) {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            JsonPath page = given().header("Authorization", authorization).accept("application/json")
                    .get(path + "?" + query + "&size=200" + (next == null ? "" : "&cursor=" + next))
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            next = page.getString("next");
        } while (next != null);
        return ids;
    }

    /** Parses a whole CSV file, which must start with the byte order mark. */
    public static Csv parse(String file) {
        assertTrue(file.startsWith(BOM), "starts with a UTF-8 byte order mark");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < file.length(); i++) {
            char c = file.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < file.length() && file.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < file.length() && file.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.isEmpty(), "every row ends with CRLF");
        assertTrue(!rows.isEmpty(), "a header row");
        rows.forEach(r -> assertEquals(rows.get(0).size(), r.size(), "as many cells as headers: " + r));
        return new Csv(rows.get(0), rows.subList(1, rows.size()));
    }
}
