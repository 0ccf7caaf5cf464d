package io.accord.gateway.overview;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.FreePorts;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview's requirement counts are exact for a customer with more requirements than one page holds (200): they
 * come from the requirements-service's list totals, not from counting the items of the first page. A stand-in
 * requirements-service answers like the real one for a customer with 450 requirements (of which the page shows a few);
 * creating 450 real ones would test the same arithmetic far more slowly.
 */
@QuarkusTest
@TestProfile(CustomerOverviewTest.StubRequirements.class)
class CustomerOverviewTest {

    static final int REQUIREMENTS_PORT = FreePorts.pick();
    static final int DOWN_PORT = FreePorts.pick();
    static final String CUSTOMER = UUID.randomUUID().toString();
    /** A customer whose REJECTED count the stub cannot give (500). */
    static final String HALF_COUNTED = UUID.randomUUID().toString();
    /** How many of the customer's 450 requirements are in each closed status; the other 122 are open. */
    static final Map<String, Integer> CLOSED = Map.of("ACCEPTED", 120, "DELIVERED", 200, "CANCELLED", 5, "REJECTED", 3);
    static final List<String> asked = new CopyOnWriteArrayList<>();
    static Vertx vertx;
    static HttpServer requirements;

    public static class StubRequirements extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT,
                    "accord.gateway.services.reviews.url", "http://127.0.0.1:" + DOWN_PORT,
                    "accord.gateway.services.feedback.url", "http://127.0.0.1:" + DOWN_PORT,
                    "accord.gateway.services.complaints.url", "http://127.0.0.1:" + DOWN_PORT);
        }
    }

    @BeforeAll
    static void startRequirementsService() throws Exception {
        vertx = Vertx.vertx();
        requirements = vertx.createHttpServer().requestHandler(req -> {
            asked.add(req.uri());
            JsonObject answer;
            String customer = req.path().startsWith("/api/v1/customers/") ? req.path().substring(18) : req.getParam("customerId");
            if (customer.equals(HALF_COUNTED) && "REJECTED".equals(req.getParam("status"))) {
                req.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json").end("{\"status\":500}");
                return;
            }
            if (req.path().startsWith("/api/v1/customers/")) {
                answer = new JsonObject().put("id", customer).put("name", "Wuxi Pumps");
            } else if (req.getParam("status") != null) {
                String status = req.getParam("status");
                answer = page(new JsonArray().add(requirement(status)), Integer.parseInt(req.getParam("size")), CLOSED.getOrDefault(status, 0));
            } else {
                // the newest requirements of 450: one of each kind the overview sorts
                answer = page(new JsonArray().add(requirement("CAPTURED")).add(requirement("ACCEPTED"))
                        .add(requirement("DELIVERED")).add(requirement("CANCELLED")), Integer.parseInt(req.getParam("size")), 450);
            }
            req.response().putHeader("Content-Type", "application/json").end(answer.encode());
        }).listen(REQUIREMENTS_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopRequirementsService() throws Exception {
        requirements.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void countsOpenAndAcceptedRequirementsFromTheServicesTotalsNotFromThePage() {
        given().header("Authorization", TestTokens.bearer("zhao.audit", "AUDITOR"))
                .get("/api/v1/customers/" + CUSTOMER + "/overview").then().statusCode(200)
                .body("customer.name", equalTo("Wuxi Pumps"), "requirements.total", equalTo(450),
                        "requirements.openTotal", equalTo(450 - 120 - 200 - 5 - 3),
                        "requirements.acceptedTotal", equalTo(120 + 200),
                        "requirements.open.status", contains("CAPTURED"),
                        "requirements.accepted.status", containsInAnyOrder("ACCEPTED", "DELIVERED"),
                        "unavailable", containsInAnyOrder("reviews", "feedback", "satisfaction", "complaints"));
        for (String status : CLOSED.keySet()) {
            assertTrue(asked.contains("/api/v1/requirements?size=1&customerId=" + CUSTOMER + "&status=" + status),
                    "the count of " + status + " is asked for, one row: " + asked);
        }
    }

    @Test
    void withoutEveryCountTheRequirementsPartIsUnavailableRatherThanWrong() {
        given().header("Authorization", TestTokens.bearer("zhao.audit", "AUDITOR"))
                .get("/api/v1/customers/" + HALF_COUNTED + "/overview").then().statusCode(200)
                .body("customer.name", equalTo("Wuxi Pumps"), "requirements", nullValue(), "unavailable", hasItem("requirements"));
    }

    private static JsonObject page(JsonArray items, int size, int total) {
        JsonArray shown = new JsonArray(items.getList().subList(0, Math.min(size, items.size())));
        return new JsonObject().put("items", shown).put("page", 0).put("size", size).put("total", total);
    }

    private static JsonObject requirement(String status) {
        return new JsonObject().put("id", UUID.randomUUID().toString()).put("customerId", CUSTOMER).put("status", status);
    }

}
