package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throws malformed, mistyped and hostile input at every endpoint: the answer is always a 4xx problem. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class GarbageInputTest {

    private static final List<String> BODIES = List.of(
            "", "{", "null", "[]", "42", "\"text\"", "{\"customerId\": 5}", "{\"source\": \"TELEPATHY\"}",
            "{\"items\": {\"not\": \"a list\"}}", "{\"items\": [null]}", "{\"delivery\": {\"dueDate\": \"31/02/2026\"}}",
            "{\"code\": \"" + "x".repeat(5000) + "\", \"name\": \"n\"}", "{\"customerId\": \"not-a-uuid\"}",
            "{\"items\": [{\"quantity\": \"lots\"}]}", "{\"highRisk\": \"maybe\"}", "\u0000\u0001binary");

    @Test
    void noEndpointAnswersGarbageWithA5xx() {
        String customer = TestData.newCustomer();
        String requirement = TestData.capture(customer);
        List<String> failures = new ArrayList<>();
        List<String[]> endpoints = List.of(
                new String[]{"POST", "/api/v1/customers"},
                new String[]{"PATCH", "/api/v1/customers/" + customer},
                new String[]{"PATCH", "/api/v1/customers/not-a-uuid"},
                new String[]{"POST", "/api/v1/requirements"},
                new String[]{"POST", "/api/v1/requirements/" + requirement + "/submission"},
                new String[]{"POST", "/api/v1/requirements/not-a-uuid/submission"});
        for (String[] endpoint : endpoints) {
            for (String body : BODIES) {
                for (String contentType : List.of("application/json", "text/plain", "application/xml")) {
                    Response r = given().header("Authorization", TestData.SALES).contentType(contentType).body(body)
                            .request(endpoint[0], endpoint[1]);
                    check(failures, endpoint[0] + " " + endpoint[1] + " [" + contentType + "] " + abbreviate(body), r);
                }
            }
        }
        for (String path : List.of("/api/v1/customers/not-a-uuid", "/api/v1/requirements/123",
                "/api/v1/requirements?status=NOPE", "/api/v1/requirements?from=yesterday", "/api/v1/customers?page=-1",
                "/api/v1/requirements?size=abc", "/api/v1/requirements/" + requirement + "/history/x",
                "/api/v1/nothing-here", "/api/v1/customers/" + customer + "/history")) {
            check(failures, "GET " + path, given().header("Authorization", TestData.AUDITOR).get(path));
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
