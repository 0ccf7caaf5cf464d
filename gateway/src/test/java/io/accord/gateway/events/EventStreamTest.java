package io.accord.gateway.events;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.KafkaTestBroker;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live stream at the gateway, on the real test broker: tickets, token expiry, streams per principal. */
@QuarkusTest
@TestProfile(EventStreamTest.TwoStreamsEach.class)
class EventStreamTest {

    public static class TwoStreamsEach extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.events.max-streams-per-principal", "2",
                    "accord.gateway.events.heartbeat", "1s",
                    "accord.gateway.rate-limits.events.capacity", "100",
                    "accord.gateway.rate-limits.events.per-second", "100");
        }
    }

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Inject
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aTicketOpensOneStreamOnceWithTheRolesOfItsToken() throws Exception {
        String quality = TestTokens.bearer("qiu.quality", "QUALITY");
        String ticket = given().header("Authorization", quality).post("/api/v1/events/tickets")
                .then().statusCode(200).header("Cache-Control", "no-store").body("ticket", startsWith("est_"))
                .extract().path("ticket");
        try (SseStream stream = open(URI.create(events + "?ticket=" + ticket), null)) {
            assertEquals(200, stream.status);
            // the gateway reads from the newest record on: publish until one arrives (the topic may be new to it)
            List<String> sent = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String id = UUID.randomUUID().toString();
                sent.add("id: " + id);
                KafkaTestClient.send(KafkaTestBroker.bootstrapServers(), "accord.complaints", id, envelope(id, "/accord/complaint-service"));
                return stream.lines().stream().anyMatch(sent::contains);
            });
            // an event on the complaints topic that the complaint-service did not publish is not shown
            String forged = UUID.randomUUID().toString();
            String genuine = UUID.randomUUID().toString();
            KafkaTestClient.send(KafkaTestBroker.bootstrapServers(), "accord.complaints", "same-key", envelope(forged, "/accord/requirements-service"));
            KafkaTestClient.send(KafkaTestBroker.bootstrapServers(), "accord.complaints", "same-key", envelope(genuine, "/accord/complaint-service"));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.lines().contains("id: " + genuine));
            assertTrue(stream.lines().stream().noneMatch(line -> line.contains(forged)), "the forged event was streamed");
        }
        // used once: a second connect with the same ticket is refused, as is a made-up one
        given().get("/api/v1/events?ticket=" + ticket).then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/events?ticket=est_made-up").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", quality).get("/api/v1/events?ticket=" + ticket)
                .then().statusCode(400).contentType("application/problem+json");
        given().post("/api/v1/events/tickets").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBrowserResumesWithTheLastEventIdInTheQueryAndTheHeaderWinsOverIt() throws Exception {
        String seen;
        String missed = UUID.randomUUID().toString();
        try (SseStream stream = open(events, TestTokens.bearer("qiu.before", "QUALITY"))) {
            // the gateway reads from the newest record on: publish until one arrives (the topic may be new to it)
            List<String> sent = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String id = UUID.randomUUID().toString();
                sent.add(id);
                KafkaTestClient.send(KafkaTestBroker.bootstrapServers(), "accord.complaints", id, envelope(id, "/accord/complaint-service"));
                return sent.stream().anyMatch(id2 -> stream.lines().contains("id: " + id2));
            });
            seen = sent.stream().filter(id -> stream.lines().contains("id: " + id)).findFirst().orElseThrow();
            // the event the browser will have missed: the gateway has it before any stream below opens
            KafkaTestClient.send(KafkaTestBroker.bootstrapServers(), "accord.complaints", missed, envelope(missed, "/accord/complaint-service"));
            await().atMost(Duration.ofSeconds(20)).until(() -> stream.lines().contains("id: " + missed));
        }
        // a new EventSource with a new ticket cannot send Last-Event-ID: the query says where it left off
        String ticket = ticket(TestTokens.bearer("qiu.query", "QUALITY"));
        try (SseStream resumed = open(URI.create(events + "?ticket=" + ticket + "&lastEventId=" + seen), null, null)) {
            assertEquals(200, resumed.status);
            await().atMost(Duration.ofSeconds(10)).until(() -> resumed.lines().contains("id: " + missed));
            assertTrue(resumed.lines().stream().noneMatch(line -> line.equals("event: resync")), resumed.lines().toString());
        }
        // an id the gateway no longer knows: the browser is told to reload what it shows
        String another = ticket(TestTokens.bearer("qiu.stale", "QUALITY"));
        try (SseStream stale = open(URI.create(events + "?ticket=" + another + "&lastEventId=long-gone"), null, null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stale.lines().contains("event: resync"));
        }
        // both sent: the header counts, the query is ignored
        try (SseStream both = open(URI.create(events + "?lastEventId=long-gone"), TestTokens.bearer("qiu.both", "QUALITY"), seen)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> both.lines().contains("id: " + missed));
            assertTrue(both.lines().stream().noneMatch(line -> line.equals("event: resync")), both.lines().toString());
        }
    }

    private static String ticket(String authorization) {
        return given().header("Authorization", authorization).post("/api/v1/events/tickets").then().statusCode(200)
                .extract().path("ticket");
    }

    @Test
    void aTicketLivesThirtySecondsAndAStreamNeedsATokenThatHasNotExpired() {
        String sales = TestTokens.bearer("su.sales", "SALES"); // valid for an hour
        String ticket = given().header("Authorization", sales).post("/api/v1/events/tickets")
                .then().statusCode(200).body("expiresIn", equalTo(30)).extract().path("ticket");
        clock.advance(Duration.ofSeconds(31));
        given().get("/api/v1/events?ticket=" + ticket).then().statusCode(401).contentType("application/problem+json");
        clock.advance(Duration.ofHours(1));
        given().header("Authorization", sales).get("/api/v1/events").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("expired"));
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() throws Exception {
        String shortLived = TestTokens.bearerExpiringIn(Duration.ofSeconds(3), "su.sales", "SALES");
        try (SseStream stream = open(events, shortLived)) {
            assertEquals(200, stream.status);
            await().atMost(Duration.ofSeconds(15)).until(stream::ended);
            assertTrue(stream.lines().contains("event: expired"), stream.lines().toString());
        }
    }

    @Test
    void aPrincipalHoldsAtMostTwoStreamsAndGetsTheSlotBackWhenOneCloses() throws Exception {
        String token = TestTokens.bearer("many.tabs", "SALES");
        try (SseStream first = open(events, token); SseStream second = open(events, token)) {
            assertEquals(200, first.status);
            assertEquals(200, second.status);
            given().header("Authorization", token).get("/api/v1/events")
                    .then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
            // another user is not affected
            try (SseStream other = open(events, TestTokens.bearer("other.user", "SALES"))) {
                assertEquals(200, other.status);
            }
            second.close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (SseStream again = open(events, token)) {
                    assertEquals(200, again.status);
                }
            });
        }
    }

    static String envelope(String id, String source) {
        return new JsonObject().put("specversion", "1.0").put("id", id).put("type", "accord.complaint.received")
                .put("source", source).put("subject", id).put("data", new JsonObject()).encode();
    }

    private SseStream open(URI uri, String authorization) throws Exception {
        return SseStream.open(http, uri, authorization);
    }

    private SseStream open(URI uri, String authorization, String lastEventId) throws Exception {
        return SseStream.open(http, uri, authorization, lastEventId);
    }
}
