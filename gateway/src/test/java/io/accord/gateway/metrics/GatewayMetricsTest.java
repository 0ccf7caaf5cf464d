package io.accord.gateway.metrics;

import io.accord.gateway.GatewayTestProfile;
import io.accord.gateway.proxy.StubService;
import io.accord.testsupport.FreePorts;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.accord.testsupport.ManagementInterface.metric;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway's operational endpoints are on the management interface, its metrics never carry a raw path, and what
 * an operator reads off them after something a user did: how often a verified token was remembered instead of verified
 * again, refusals by rate limit and route group, open live streams, an open circuit, and proxied requests labelled
 * with the template the service matched.
 */
@QuarkusTest
@TestProfile(GatewayMetricsTest.RequirementsUpComplaintsDown.class)
class GatewayMetricsTest {

    static final int REQUIREMENTS_PORT = FreePorts.pick();
    static final int DOWN_PORT = FreePorts.pick();
    static StubService requirements;

    public static class RequirementsUpComplaintsDown extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT),
                    Map.entry("accord.gateway.services.complaints.url", "http://127.0.0.1:" + DOWN_PORT),
                    // a route group of the test's own, so that no other test spends its tokens
                    Map.entry("accord.gateway.rate-limits.probe.prefixes", "/api/v1/customer-property"),
                    Map.entry("accord.gateway.rate-limits.probe.capacity", "2"),
                    Map.entry("accord.gateway.rate-limits.probe.per-second", "0.01"),
                    Map.entry("accord.gateway.events.max-streams-per-principal", "1"),
                    Map.entry("accord.gateway.rate-limits.events.capacity", "100"),
                    Map.entry("accord.gateway.rate-limits.events.per-second", "100"),
                    Map.entry("accord.gateway.circuit-breaker.request-volume", "4"),
                    // open for the rest of the run: its state is read after the calls that opened it
                    Map.entry("accord.gateway.circuit-breaker.delay", "10m"));
        }
    }

    @TestHTTPResource("/api/v1/events")
    URI events;

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

    @Test
    void aCallerOverItsLimitIsCountedUnderTheRouteGroupAndTheLimit() {
        String clerk = TestTokens.bearer("clerk-" + UUID.randomUUID(), "SALES");
        double before = refused("probe", "caller");
        double otherGroup = refused("default", "caller");

        given().header("Authorization", clerk).get("/api/v1/customer-property/CP-1").then().statusCode(200);
        given().header("Authorization", clerk).get("/api/v1/customer-property/CP-2").then().statusCode(200);
        given().header("Authorization", clerk).get("/api/v1/customer-property/CP-3").then().statusCode(429);
        given().header("Authorization", clerk).get("/api/v1/customer-property/CP-4").then().statusCode(429);

        assertEquals(before + 2, refused("probe", "caller"));
        assertEquals(otherGroup, refused("default", "caller"));
    }

    @Test
    void anOpenLiveStreamIsCountedUntilItClosesAndOneTooManyIsARefusal() throws Exception {
        String token = TestTokens.bearer("watcher-" + UUID.randomUUID(), "SALES");
        double refusedBefore = refused("events", "streams");
        assertEquals(0, liveStreams());

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(events).header("Accept", "text/event-stream")
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertEquals(1, liveStreams());
        given().header("Authorization", token).get("/api/v1/events").then().statusCode(429);
        assertEquals(refusedBefore + 1, refused("events", "streams"));

        stream.body().close();
        await().atMost(Duration.ofSeconds(10)).until(() -> liveStreams() == 0);
    }

    @Test
    void aProxiedRequestIsLabelledWithTheTemplateItsServiceMatchedAndTheClientNeverSeesIt() {
        String id = UUID.randomUUID().toString();
        given().header("X-Stub-Route", "/api/v1/requirements/{id}").get("/api/v1/requirements/" + id)
                .then().statusCode(200).header("X-Accord-Route", nullValue());
        // a template outside the service's own prefixes, or not a template at all, leaves the prefix label
        given().header("X-Stub-Route", "/api/v1/reviews/{id}").get("/api/v1/customers/" + id).then().statusCode(200);
        given().header("X-Stub-Route", "/api/v1/orders/\"" + id + "\"").get("/api/v1/orders/" + id).then().statusCode(200);

        String metrics = ManagementInterface.metrics();
        assertThat(metrics, not(containsString(id)));
        assertThat(metrics, containsString("uri=\"/api/v1/requirements/{id}\""));
        assertThat(metrics, not(containsString("uri=\"/api/v1/reviews/{id}\"")));
        assertThat(metrics, containsString("uri=\"/api/v1/customers/*\""));
        assertThat(metrics, containsString("uri=\"/api/v1/orders/*\""));
    }

    @Test
    void aServiceThatKeepsFailingOpensItsCircuitAndTheMetricsSayWhich() {
        String breaker = "method=\"gateway -> complaints\"";
        given().get("/api/v1/requirements").then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/complaints").then().statusCode(503);
        }
        given().get("/api/v1/complaints").then().statusCode(503).body("detail", containsString("circuit open"));

        assertEquals(1, metric("ft_circuitbreaker_state_current", breaker, "state=\"open\""));
        assertEquals(1, metric("ft_circuitbreaker_opened_total", breaker));
        assertEquals(0, metric("ft_circuitbreaker_state_current", "method=\"gateway -> requirements\"", "state=\"open\""));
    }

    private static double refused(String group, String limit) {
        return metric("accord_gateway_rate_limited_total", "group=\"" + group + "\"", "limit=\"" + limit + "\"");
    }

    private static double liveStreams() {
        return metric("accord_gateway_live_streams");
    }

    private static double rememberedTokenHits() {
        Matcher hits = Pattern.compile("cache_gets_total\\{[^}]*cache=\"accord\\.jwt\\.verified\"[^}]*result=\"hit\"[^}]*} (\\S+)")
                .matcher(ManagementInterface.metrics());
        return hits.find() ? Double.parseDouble(hits.group(1)) : 0;
    }

}
