package io.accord.gateway.proxy;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.FreePorts;
import io.accord.testsupport.RawHttp;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(ServiceRoutesTest.TwoUpstreams.class)
class ServiceRoutesTest {

    static final int REQUIREMENTS_PORT = FreePorts.pick();
    static final int REVIEWS_PORT = FreePorts.pick();
    static final int DOWN_PORT = FreePorts.pick();
    static final int FLAKY_PORT = FreePorts.pick();
    static StubService requirements;

    @TestHTTPResource("/")
    URI gatewayRoot;
    @Inject
    ServiceBreakers breakers;
    String gatewayUrl;
    int port;

    @BeforeEach
    void gatewayAddress() {
        port = gatewayRoot.getPort();
        gatewayUrl = "http://127.0.0.1:" + port;
    }
    static StubService reviews;

    public static class TwoUpstreams extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("accord.gateway.rate-limits.limited.prefixes", "/api/v1/review-policy"),
                    Map.entry("accord.gateway.rate-limits.limited.capacity", "3"),
                    Map.entry("accord.gateway.rate-limits.limited.per-second", "0.2"),
                    Map.entry("accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT),
                    Map.entry("accord.gateway.services.reviews.url", "http://127.0.0.1:" + REVIEWS_PORT),
                    Map.entry("accord.gateway.services.reviews.timeout", "1s"),
                    Map.entry("accord.gateway.services.feedback.url", "http://127.0.0.1:" + FLAKY_PORT),
                    Map.entry("accord.gateway.circuit-breaker.request-volume", "4"),
                    Map.entry("accord.gateway.circuit-breaker.delay", "2s"),
                    Map.entry("accord.gateway.services.complaints.url", "http://127.0.0.1:" + DOWN_PORT),
                    Map.entry("accord.gateway.public-url", "https://accord.example.com"),
                    // the services' limit everywhere, more where uploads go (the stub takes large bodies there only)
                    Map.entry("accord.gateway.body-limits.default.max-size", "1M"),
                    Map.entry("accord.gateway.body-limits.uploads.prefixes", "/api/v1/customers"),
                    Map.entry("accord.gateway.body-limits.uploads.max-size", "6M"),
                    // the attachment group of application.properties, with a limit tests reach cheaply
                    Map.entry("accord.gateway.body-limits.attachments.max-size", "3M"));
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
        String token = TestTokens.bearer("li.na", "SALES");
        given().header("Authorization", token).contentType("application/json").body("{\"code\":\"C1\"}")
                .post("/api/v1/customers?x=1")
                .then().statusCode(200)
                .body("service", equalTo("requirements"), "method", equalTo("POST"), "uri", equalTo("/api/v1/customers?x=1"),
                        "authorization", equalTo(token), "body", equalTo("{\"code\":\"C1\"}"))
                .body("forwardedHost", equalTo("accord.example.com"), "forwardedProto", equalTo("https"));
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
    void theServiceContinuesTheCallersTraceOrOneTheGatewayStarts() {
        String caller = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        List<String> forwarded = given().header("traceparent", caller).get("/api/v1/requirements")
                .then().statusCode(200).extract().jsonPath().getList("traceparents");
        assertEquals(1, forwarded.size(), forwarded.toString());
        // the same trace, its parent the gateway's own span rather than the caller's
        assertTrue(forwarded.get(0).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-0[01]"), forwarded.get(0));
        assertFalse(forwarded.get(0).contains("00f067aa0ba902b7"), forwarded.get(0));

        forwarded = given().get("/api/v1/requirements").then().statusCode(200).extract().jsonPath().getList("traceparents");
        assertEquals(1, forwarded.size(), forwarded.toString());
        assertTrue(forwarded.get(0).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), forwarded.get(0));
    }

    @Test
    void aServiceThatIsDownGives503WithRetryAfter() {
        given().get("/api/v1/complaints").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("status", equalTo(503));
    }

    @Test
    void afterRepeatedFailuresTheBreakerAnswersAtOnceAndClosesWhenTheServiceIsBack() throws Exception {
        for (int i = 0; i < 4; i++) {
            given().get("/api/v1/feedback").then().statusCode(503).body("detail", containsString("temporarily unavailable"));
        }
        // open: refused without calling, even though the service is back now
        try (StubService feedback = new StubService("feedback", FLAKY_PORT)) {
            given().get("/api/v1/feedback").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2").body("detail", containsString("circuit open"));
            // other services are not affected
            given().get("/api/v1/requirements").then().statusCode(200);
            // after the delay a trial call passes and the breaker closes
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    given().get("/api/v1/feedback").then().statusCode(200).body("service", equalTo("feedback")));
            given().get("/api/v1/feedback").then().statusCode(200);
        }
    }

    @Test
    void badOrExpiredTokensStopAtTheEdge() {
        given().header("Authorization", "Bearer abc").get("/api/v1/requirements")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        String expired = Jwt.issuer("https://accord.local/dev").audience("accord").upn("li.na").groups(Set.of("SALES"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        given().header("Authorization", "Bearer " + expired).get("/api/v1/requirements").then().statusCode(401);
        String foreign = Jwt.issuer("https://evil.example").upn("li.na").groups(Set.of("ADMIN")).sign();
        given().header("Authorization", "Bearer " + foreign).get("/api/v1/requirements").then().statusCode(401);
        given().header("Authorization", "Basic bGk6bmE=").get("/api/v1/requirements").then().statusCode(401);
    }

    @Test
    void aSlowServiceIs504WithoutHangingAndOthersStayReachable() {
        long start = System.nanoTime();
        given().get("/api/v1/reviews/slow").then().statusCode(504).header("Retry-After", "5")
                .contentType("application/problem+json");
        assertTrue(System.nanoTime() - start < 2_900_000_000L,
                "the gateway must answer before the slow service does");
        given().get("/api/v1/requirements").then().statusCode(200);
    }

    @Test
    void largeBodiesStreamThroughAndTooLargeOnesAre413() {
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        Arrays.fill(fiveMegabytes, (byte) 'a');
        given().contentType("application/octet-stream").body(fiveMegabytes).post("/api/v1/customers")
                .then().statusCode(200).body("bodyLength", equalTo(fiveMegabytes.length));
        given().contentType("application/octet-stream").body(new byte[7 * 1024 * 1024]).post("/api/v1/customers")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void attachmentUploadsPassUpToTheirLimitWhileOtherRoutesKeepTheirs() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, (byte) 'a');
        given().contentType("application/pdf").body(twoMegabytes).post("/api/v1/requirements/42/attachments")
                .then().statusCode(200).body("bodyLength", equalTo(twoMegabytes.length));
        given().contentType("application/pdf").body(new ByteArrayInputStream(twoMegabytes))
                .post("/api/v1/requirements/42/attachments").then().statusCode(200).body("bodyLength", equalTo(twoMegabytes.length));
        given().contentType("application/pdf").body(new byte[4 * 1024 * 1024]).post("/api/v1/requirements/42/attachments")
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType("application/pdf").body(new ByteArrayInputStream(new byte[4 * 1024 * 1024]))
                .post("/api/v1/customer-property/7/incidents/1/attachments").then().statusCode(413)
                .contentType("application/problem+json");
        given().contentType("application/pdf").body(twoMegabytes).post("/api/v1/requirements/42/confirmations")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void largeAnswersStreamBackToTheCaller() {
        byte[] body = given().get("/api/v1/requirements/42/download").then().statusCode(200)
                .contentType("application/octet-stream").extract().asByteArray();
        assertEquals(StubService.DOWNLOAD_BYTES, body.length);
    }

    @Test
    void aCsvExportStreamsThroughWithItsHeaders() {
        var answer = given().header("Accept", "text/csv").get("/api/v1/requirements?format=csv&status=CAPTURED").then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", equalTo("attachment; filename=\"requirements-2026-03-01.csv\""))
                .header("Vary", containsString("Accept-Language"))
                // passed on as it comes, not gathered into one body of known length first
                .header("Content-Length", nullValue())
                .extract();
        StringBuilder expected = new StringBuilder(StubService.CSV_HEADER);
        for (int i = 0; i < StubService.CSV_ROWS; i++) {
            expected.append(StubService.csvRow(i));
        }
        assertEquals(expected.toString(), new String(answer.asByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void hopByHopHeadersStopAtTheGateway() {
        given().header("Proxy-Authorization", "Basic c2VjcmV0").header("Keep-Alive", "timeout=5").get("/api/v1/requirements")
                .then().statusCode(200).body("proxyAuthorization", nullValue())
                .body("keepAlive", nullValue());
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersDoNot() {
        String user = TestTokens.bearer("burst.user", "ADMIN");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", user).get("/api/v1/review-policy").then().statusCode(200);
        }
        given().header("Authorization", user).get("/api/v1/review-policy")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        String other = TestTokens.bearer("calm.user", "ADMIN");
        given().header("Authorization", other).get("/api/v1/review-policy").then().statusCode(200);
        // another route group has its own bucket
        given().header("Authorization", user).get("/api/v1/reviews").then().statusCode(200);
    }

    @Test
    void browsersGetCorsAndSecurityHeaders() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type").options("/api/v1/requirements")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "http://localhost:5173").get("/api/v1/requirements")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() {
        given().get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json");
        // a prefix must match a whole path segment
        given().get("/api/v1/customersX").then().statusCode(404);
    }

    @Test
    void theGatewaysOwnProblemsFollowAcceptLanguage() {
        given().header("Accept-Language", "zh-CN").get("/api/v1/unknown").then().statusCode(404)
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("未找到"), "detail", equalTo("没有服务负责此路径"));
        given().get("/api/v1/unknown").then().statusCode(404)
                .body("title", equalTo("Not found"), "detail", equalTo("no service owns this path"));
        given().header("Accept-Language", "zh").header("Authorization", "Bearer abc").get("/api/v1/requirements")
                .then().statusCode(401).body("title", equalTo("未认证"), "detail", equalTo("Bearer 令牌无效或已过期"));
    }

    @Test
    void oversizedBodiesAre413AtTheEdgeAndNeverOpenTheServiceCircuit() throws Exception {
        String mallory = TestTokens.bearer("mallory", "SALES");
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        long accepted = requirements.requestsFor("/api/v1/requirements");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 10; i++) {
            given().header("Authorization", mallory).contentType("application/json").body(twoMegabytes)
                    .post("/api/v1/requirements")
                    .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                    .body("detail", containsString("1048576"));
            // no Content-Length: the gateway counts the bytes as they stream by
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/requirements"))
                    .header("Authorization", mallory).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertEquals("application/problem+json",
                    chunked.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals(accepted, requirements.requestsFor("/api/v1/requirements"),
                "the service accepted none of the oversized bodies");
        // the breaker (4 calls, half failing) would be open by now had those counted: another user is served
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).get("/api/v1/requirements")
                .then().statusCode(200).body("service", equalTo("requirements"));
    }

    @Test
    void clientsHangingUpMidBodyDoNotCountAgainstTheService() throws Exception {
        String impatient = TestTokens.bearer("impatient", "SALES");
        int startedBefore = reviews.started();
        int abortedBefore = reviews.aborted();
        List<Socket> halfSent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            halfSent.add(RawHttp.startPost(port, "/api/v1/reviews/policy-draft", impatient, 100_000, 1_000));
        }
        // every exchange has reached the service; now the clients go away
        await().atMost(Duration.ofSeconds(10)).until(() -> reviews.started() >= startedBefore + 12);
        for (Socket socket : halfSent) {
            socket.close();
        }
        // the gateway broke off each exchange with the service when its client left
        await().atMost(Duration.ofSeconds(10)).until(() -> reviews.aborted() >= abortedBefore + 12);
        assertEquals(CircuitBreakerState.CLOSED,
                breakers.state("reviews"));
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).get("/api/v1/reviews")
                .then().statusCode(200).body("service", equalTo("reviews"));
    }

    @Test
    void forwardedHeadersComeFromTheGatewayNeverFromTheClient() {
        RawHttp.Answer answer = RawHttp.get(port, "/api/v1/requirements", "X-Forwarded-For: 6.6.6.6",
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: gopher", "Forwarded: for=6.6.6.6;host=evil.example",
                "X-Real-IP: 6.6.6.6");
        assertEquals(200, answer.status(), answer.body());
        JsonObject echo = new JsonObject(answer.body());
        assertEquals("accord.example.com", echo.getString("forwardedHost"));
        assertEquals("https", echo.getString("forwardedProto"));
        assertEquals("127.0.0.1", echo.getString("forwardedFor"));
        assertNull(echo.getString("forwarded"));
        // the Host header a client sends names nothing either
        RawHttp.Answer forged = exchangeWithHost("evil.example");
        assertEquals("accord.example.com",
                new JsonObject(forged.body()).getString("forwardedHost"));
    }

    @Test
    void pathsWithDotSegmentsOrEncodedDotsAre400ForEveryCaller() {
        long before = requirements.requestsFor("/api/v1/requirements");
        for (String path : List.of("/q/../api/v1/requirements", "/api/v1/reviews/../requirements",
                "/api/v1/requirements/%2e%2e/customers", "/api/v1/requirements/%2E/x", "/api/v1/./requirements",
                "/api/v1/requirements%2f..%2fcustomers", "/api/v1/requirements/..")) {
            RawHttp.Answer answer = RawHttp.get(port, path, "Authorization: " + TestTokens.bearer("li.na", "SALES"));
            assertEquals(400, answer.status(), path + " -> " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"), path);
        }
        assertEquals(before, requirements.requestsFor("/api/v1/requirements"));
    }

    private RawHttp.Answer exchangeWithHost(String host) {
        return RawHttp.exchange(port, ("GET /api/v1/requirements HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

}
