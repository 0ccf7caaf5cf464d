package io.accord.testsupport;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throws malformed, mistyped and hostile input at endpoints and collects every answer that is a 5xx or an
 * error without a problem+json body. A service passes when the list is empty.
 */
public final class GarbageInput {

    public static final List<String> BODIES = List.of(
            "", "{", "null", "[]", "42", "\"text\"", "{\"customerId\": 5}", "{\"source\": \"TELEPATHY\"}",
            "{\"items\": {\"not\": \"a list\"}}", "{\"items\": [null]}", "{\"delivery\": {\"dueDate\": \"31/02/2026\"}}",
            "{\"code\": \"" + "x".repeat(5000) + "\", \"name\": \"n\"}", "{\"customerId\": \"not-a-uuid\"}",
            "{\"items\": [{\"quantity\": \"lots\"}]}", "{\"highRisk\": \"maybe\"}", "\u0000\u0001binary",
            "{\"department\": 7, \"verdict\": [\"APPROVE\"]}", "{\"decision\": \"MAYBE\"}",
            "{\"termsApplicable\": \"yes\"}", "{\"conditions\": [1, {}]}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml");

    private GarbageInput() {
    }

    /** Each endpoint is {@code {"POST", "/api/v1/..."}}; every body is sent with every content type. */
    public static void assertNoServerErrors(String authorization, List<String[]> writeEndpoints, List<String> readPaths) {
        List<String> failures = new ArrayList<>();
        for (String[] endpoint : writeEndpoints) {
            for (String body : BODIES) {
                for (String contentType : CONTENT_TYPES) {
                    Response r = given().header("Authorization", authorization).contentType(contentType).body(body)
                            .request(endpoint[0], endpoint[1]);
                    check(failures, endpoint[0] + " " + endpoint[1] + " [" + contentType + "] " + abbreviate(body), r);
                }
            }
        }
        for (String path : readPaths) {
            check(failures, "GET " + path, given().header("Authorization", authorization).get(path));
        }
        assertTrue(failures.isEmpty(), "5xx or non-problem answers:\n" + String.join("\n", failures));
    }

    private static void check(List<String> failures, String what, Response r) {
        int status = r.statusCode();
        if (status >= 500) {
            failures.add(what + " -> " + status + " " + r.asString());
        } else if (status >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " -> " + status + " with content type " + r.contentType());
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
