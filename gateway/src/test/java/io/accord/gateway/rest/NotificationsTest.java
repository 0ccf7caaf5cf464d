package io.accord.gateway.rest;

import io.accord.gateway.GatewayTestProfile;
import io.accord.infra.security.Roles;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's own {@code GET /api/v1/notifications}: the services' lists (stand-ins answering as accord-messaging's
 * NotificationResource does) merged newest first and paged, asked with the caller's token and filters; a service that
 * is down is named, not silently missing; staff only.
 */
@QuarkusTest
@TestProfile(NotificationsTest.StubServices.class)
class NotificationsTest {

    static final int REQUIREMENTS_PORT = FreePorts.pick();
    static final int COMPLAINTS_PORT = FreePorts.pick();
    static final int DOWN_PORT = FreePorts.pick();
    static final String STAFF = TestTokens.bearer("qa.lead", "QUALITY");
    static final List<String> asked = new CopyOnWriteArrayList<>();
    static Vertx vertx;
    static HttpServer requirements;
    static HttpServer complaints;

    public static class StubServices extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT,
                    "accord.gateway.services.reviews.url", "http://127.0.0.1:" + DOWN_PORT,
                    "accord.gateway.services.feedback.url", "http://127.0.0.1:" + DOWN_PORT,
                    "accord.gateway.services.complaints.url", "http://127.0.0.1:" + COMPLAINTS_PORT);
        }
    }

    @BeforeAll
    static void startServices() throws Exception {
        vertx = Vertx.vertx();
        requirements = stub(REQUIREMENTS_PORT, "requirements-service", List.of("2026-12-06T10:00:00Z", "2026-12-06T08:00:00Z"), 2);
        complaints = stub(COMPLAINTS_PORT, "complaint-service", List.of("2026-12-06T09:00:00Z", "2026-12-06T07:00:00Z"), 7);
    }

    @AfterAll
    static void stopServices() throws Exception {
        requirements.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        complaints.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void mergesTheServicesListsNewestFirstAndNamesTheOnesDown() {
        given().header("Authorization", STAFF).queryParam("size", 3).queryParam("status", "FAILED")
                .queryParam("recipient", "buyer@example.com")
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", contains("requirements-service:1", "complaint-service:1", "requirements-service:2"))
                .body("items[0].statusLabel", equalTo("Failed"))
                .body("items[0].reason", equalTo("SMTP 550 5.1.1 No such user"))
                .body("total", equalTo(9), "page", equalTo(0), "size", equalTo(3))
                .body("unavailable", contains("feedback", "reviews"));
        assertTrue(asked.contains("/api/v1/notifications?page=0&size=3&recipient=buyer%40example.com&status=FAILED"),
                "each service is asked for the newest (page + 1) × size with the filters: " + asked);
    }

    @Test
    void aLaterPageIsCutFromTheMerge() {
        given().header("Authorization", STAFF).queryParam("size", 3).queryParam("page", 1)
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", contains("complaint-service:2"));
    }

    @Test
    void everyMemberOfStaffMayReadItNoMachineClientAndNobodyWithoutAToken() {
        for (String role : Roles.ALL) {
            given().header("Authorization", TestTokens.bearer("someone", role))
                    .get("/api/v1/notifications").then().statusCode(role.equals(Roles.ERP_CLIENT) ? 403 : 200);
        }
        given().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void refusesPagesDeeperThanTheServicesLists() {
        given().header("Authorization", STAFF).queryParam("size", 100).queryParam("page", 2)
                .get("/api/v1/notifications").then().statusCode(400);
    }

    /** A service's list of two mails (at the given times, newest first) out of {@code total}. */
    private static HttpServer stub(int port, String service, List<String> times, int total) throws Exception {
        return vertx.createHttpServer().requestHandler(req -> {
            asked.add(req.uri());
            JsonArray items = new JsonArray();
            for (int i = 0; i < times.size(); i++) {
                items.add(new JsonObject().put("id", service + ":" + (i + 1)).put("service", service)
                        .put("recipient", "buyer@example.com").put("template", "complaint-acknowledged")
                        .put("subject", "Complaint received").put("locale", "en").put("status", "FAILED")
                        .put("statusLabel", "Failed").put("attempts", 1).put("reason", "SMTP 550 5.1.1 No such user")
                        .put("queuedAt", times.get(i)).put("aboutType", "complaint").put("aboutId", "c-" + i));
            }
            JsonObject page = new JsonObject().put("items", items).put("page", 0)
                    .put("size", Integer.parseInt(req.getParam("size"))).put("total", total).put("totalExact", true);
            req.response().putHeader("Content-Type", "application/json").end(page.encode());
        }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
