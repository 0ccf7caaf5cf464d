package io.accord.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestProfile(ServiceRoutesTest.TwoUpstreams.class)
class ServiceRoutesTest {

    static final int REQUIREMENTS_PORT = freePort();
    static final int REVIEWS_PORT = freePort();
    static final int DOWN_PORT = freePort();
    static StubService requirements;
    static StubService reviews;

    public static class TwoUpstreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT,
                    "accord.gateway.services.reviews.url", "http://127.0.0.1:" + REVIEWS_PORT,
                    "accord.gateway.services.feedback.url", "http://127.0.0.1:" + DOWN_PORT,
                    "accord.gateway.services.complaints.url", "http://127.0.0.1:" + DOWN_PORT);
        }
    }

    @BeforeAll
    static void startUpstreams() throws Exception {
        requirements = new StubService("requirements", REQUIREMENTS_PORT);
        reviews = new StubService("reviews", REVIEWS_PORT);
    }

    @AfterAll
    static void stopUpstreams() throws Exception {
        requirements.close();
        reviews.close();
    }

    @Test
    void routesByPrefixAndPassesMethodPathQueryBodyAndAuthorizationOn() {
        given().header("Authorization", "Bearer abc").contentType("application/json").body("{\"code\":\"C1\"}")
                .post("/api/v1/customers?x=1")
                .then().statusCode(200)
                .body("service", equalTo("requirements"), "method", equalTo("POST"), "uri", equalTo("/api/v1/customers?x=1"),
                        "authorization", equalTo("Bearer abc"), "body", equalTo("{\"code\":\"C1\"}"));
        given().get("/api/v1/reviews/42/record").then().statusCode(200).body("service", equalTo("reviews"));
        given().get("/api/v1/requirements").then().statusCode(200).body("service", equalTo("requirements"));
    }

    @Test
    void requestIdIsPropagatedOrCreated() {
        given().header("X-Request-Id", "abc-123").get("/api/v1/requirements")
                .then().statusCode(200).header("X-Request-Id", "abc-123").body("requestId", equalTo("abc-123"));
        given().get("/api/v1/requirements")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aServiceThatIsDownGives503WithRetryAfter() {
        given().get("/api/v1/complaints").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("status", equalTo(503));
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() {
        given().get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json");
        // a prefix must match a whole path segment
        given().get("/api/v1/customersX").then().statusCode(404);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
