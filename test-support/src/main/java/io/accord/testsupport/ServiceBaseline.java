package io.accord.testsupport;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** What every Accord service must show operators and front ends, checked the same way in each service. */
public final class ServiceBaseline {

    private ServiceBaseline() {
    }

    /**
     * Probes and Prometheus metrics on the management interface only, OpenAPI on the public port, request ids, a
     * list endpoint's auth, paging and errors, and metric labels that never carry a raw path.
     */
    public static void check(String listPath) {
        ManagementInterface.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // readiness means "can serve": the database is in it; Kafka (relay and channels) has a group of its own
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Outbox relay")))
                .body("checks.name", not(hasItem("SmallRye Reactive Messaging - readiness check")));
        ManagementInterface.given().get("/q/health/started").then().statusCode(200)
                .body("checks.name", not(hasItem("SmallRye Reactive Messaging - startup check")));
        ManagementInterface.given().get("/q/health/group/kafka").then().body("checks.name", hasItem("Outbox relay"))
                .body("checks.name", hasItem("Kafka channels"));
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey(listPath));

        String auditor = TestTokens.bearer("zhao.audit", "AUDITOR");
        given().header("X-Request-Id", "trace-me-42").header("Authorization", auditor).get(listPath)
                .then().statusCode(200).header("X-Request-Id", "trace-me-42")
                .body("items", notNullValue(), "page", equalTo(0), "size", equalTo(20), "total", notNullValue());
        given().header("Authorization", auditor).queryParam("size", 1000).get(listPath)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().get(listPath).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.machineBearer("erp", "orders:read", "orders:write")).get(listPath)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", auditor).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");

        // raw paths (ids, attacker-chosen strings) never become metric labels, whoever asks and whatever the answer
        String secret = "SECRET-" + UUID.randomUUID();
        String attacker = "/api/v1/x-attacker-" + UUID.randomUUID();
        for (String authorization : new String[] {"Bearer not-a-token", auditor}) {
            for (String path : new String[] {listPath + "/" + secret, listPath + "/" + secret + "/history", attacker}) {
                given().header("Authorization", authorization).get(path)
                        .then().statusCode(greaterThanOrEqualTo(400));
                given().header("Authorization", authorization).contentType("application/json").body("{}").post(path)
                        .then().statusCode(greaterThanOrEqualTo(400));
            }
        }
        ManagementInterface.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("accord_outbox_published_total"))
                .body(containsString("accord_outbox_pending"))
                .body(containsString("accord_outbox_oldest_age_seconds"))
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("uri=\"" + listPath + "\""))
                .body(not(containsString(secret)), not(containsString("x-attacker-")));
    }
}
