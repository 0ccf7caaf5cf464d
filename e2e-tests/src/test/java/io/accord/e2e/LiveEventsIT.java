package io.accord.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's live stream carries the domain events from the real broker, and resumes after Last-Event-ID. */
class LiveEventsIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void aNewCustomerAppearsOnTheStreamAndAResumedStreamReplaysWhatFollowed() throws Exception {
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");
        String sales = AccordSuite.token("li.na", "SALES");
        List<String> lines = new CopyOnWriteArrayList<>();
        var stream = open(auditor, null, lines);
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(": connected"));

        String first = register(sales);
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(first)));
        int at = indexOf(lines, first);
        String firstId = lines.get(at - 2).substring("id: ".length());
        assertTrue(lines.get(at - 1).equals("event: accord.customer.registered"), lines.get(at - 1));

        String second = register(sales);
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains(second)));
        stream.cancel(true);

        List<String> resumed = new CopyOnWriteArrayList<>();
        var again = open(auditor, firstId, resumed);
        await().atMost(Duration.ofSeconds(10)).until(() -> resumed.stream().anyMatch(l -> l.contains(second)));
        assertTrue(resumed.stream().noneMatch(l -> l.contains(first)), "the event named by Last-Event-ID is not sent again");
        again.cancel(true);

        given().get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
    }

    private static CompletableFuture<HttpResponse<Void>> open(String token, String lastEventId, List<String> lines) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AccordSuite.gateway() + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(
                new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("data:") && lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String register(String token) {
        String code = "LIVE-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Streamed Ltd\"}".formatted(code)).post("/api/v1/customers")
                .then().statusCode(201);
        return code;
    }

}
