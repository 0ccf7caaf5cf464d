package io.accord.gateway.metrics;

import io.accord.gateway.GatewayTestProfile;
import io.accord.gateway.proxy.StubService;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The gateway's operational endpoints are on the management interface, its metrics never carry a raw path, and they
 * show how often a verified token was remembered instead of verified again.
 */
@QuarkusTest
@TestProfile(GatewayMetricsTest.RequirementsUpComplaintsDown.class)
class GatewayMetricsTest {

    static final int REQUIREMENTS_PORT = freePort();
    static final int DOWN_PORT = freePort();
    static StubService requirements;

    public static class RequirementsUpComplaintsDown extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT,
                    "accord.gateway.services.complaints.url", "http://127.0.0.1:" + DOWN_PORT);
        }
    }

    @BeforeAll
    static void startUpstream() throws Exception {
        requirements = new StubService("requirements", REQUIREMENTS_PORT);
    }

    @AfterAll
    static void stopUpstream() throws Exception {
        requirements.close();
    }

    @Test
    void healthAndMetricsAnswerOnlyOnTheManagementInterface() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        ManagementInterface.given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void proxiedRequestsAreLabelledWithTheirRouteNeverWithTheRawPath() {
        String secret = "ERP-SECRET-" + UUID.randomUUID();
        String attacker = "/api/v1/x-attacker-" + UUID.randomUUID();
        given().get("/api/v1/orders/" + secret).then().statusCode(200).body("service", equalTo("requirements"));
        given().contentType("application/json").body("{}").post("/api/v1/orders/" + secret + "/deliveries").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/orders/" + secret).then().statusCode(401);
        given().get("/api/v1/complaints/" + secret).then().statusCode(503);
        given().get("/api/v1/customers/" + secret + "/overview").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("li.na", "SALES"))
                .get("/api/v1/customers/" + secret + "/overview").then().statusCode(400);
        given().get(attacker).then().statusCode(404);
        given().contentType("application/json").body("{}").post(attacker).then().statusCode(404);

        String metrics = ManagementInterface.metrics();
        assertThat(metrics, not(containsString(secret)));
        assertThat(metrics, not(containsString("x-attacker-")));
        assertThat(metrics, containsString("uri=\"/api/v1/orders/*\""));
        assertThat(metrics, containsString("uri=\"/api/v1/customers/{id}/overview\""));
    }

    @Test
    void aBearerTokenIsVerifiedOnceAndThenRememberedAndTheMetricsSayHowOften() {
        String token = TestTokens.bearer("li.na-" + UUID.randomUUID(), "SALES");
        double hitsBefore = rememberedTokenHits();
        for (int request = 0; request < 3; request++) {
            given().header("Authorization", token).get("/api/v1/orders/PO-1").then().statusCode(200);
        }
        // a token that differs in its signature alone is verified, and refused, however well its twin is remembered
        int inSignature = token.length() - 10;
        char other = token.charAt(inSignature) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, inSignature) + other + token.substring(inSignature + 1);
        given().header("Authorization", tampered).get("/api/v1/orders/PO-1").then().statusCode(401);
        assertThat(rememberedTokenHits() - hitsBefore, equalTo(2.0));
    }

    private static double rememberedTokenHits() {
        Matcher hits = Pattern.compile("cache_gets_total\\{[^}]*cache=\"accord\\.jwt\\.verified\"[^}]*result=\"hit\"[^}]*} (\\S+)")
                .matcher(ManagementInterface.metrics());
        return hits.find() ? Double.parseDouble(hits.group(1)) : 0;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
