package io.accord.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What every Accord service must show operators and front ends, checked the same way in each service. */
public final class ServiceBaseline {

    private ServiceBaseline() {
    }

    /** Probes, OpenAPI, Prometheus metrics, request ids, and a list endpoint's auth, paging and errors. */
    public static void check(String listPath) {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Outbox relay"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey(listPath));

        String auditor = TestTokens.bearer("zhao.audit", "AUDITOR");
        given().header("X-Request-Id", "trace-me-42").header("Authorization", auditor).get(listPath)
                .then().statusCode(200).header("X-Request-Id", "trace-me-42")
                .body("items", notNullValue(), "page", equalTo(0), "size", equalTo(20), "total", notNullValue());
        given().header("Authorization", auditor).queryParam("size", 1000).get(listPath)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().get(listPath).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.machineBearer("erp", "orders:read", "orders:write")).get(listPath)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", auditor).get(listPath + "/../../no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
        // after the requests above, the HTTP server metrics exist too
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("accord_outbox_published_total"))
                .body(containsString("http_server_requests_seconds"));
    }
}
