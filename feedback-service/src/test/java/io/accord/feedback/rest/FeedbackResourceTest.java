package io.accord.feedback.rest;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.feedback.TestCustomers;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.testsupport.GarbageInput;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class FeedbackResourceTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");
    static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String record(UUID customer, String category, Integer rating, String text) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("""
                        {"customerId": "%s", "channel": "PHONE", "category": "%s", "rating": %s, "text": %s, "orderRef": "SO-1"}
                        """.formatted(customer, category, rating, text == null ? "null" : "\"" + text + "\""))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
    }

    @Test
    void feedbackIsRecordedAndPublishedAndNegativeFeedbackIsEscalatedOnce() {
        UUID customer = TestCustomers.registered();
        String happy = given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"channel\": \"EMAIL\", \"category\": \"DELIVERY\", \"rating\": 5, \"text\": \"on time\"}"
                        .formatted(customer))
                .post("/api/v1/feedback").then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", equalTo("\"0\""))
                .body("escalated", equalTo(false), "recordedBy", equalTo("xu.cs"), "channel", equalTo("EMAIL"))
                .extract().path("id");
        String unhappy = record(customer, "QUALITY", 1, "cracked housings");
        given().header("Authorization", AUDITOR).get("/api/v1/feedback/" + unhappy)
                .then().statusCode(200).body("escalated", equalTo(true), "rating", equalTo(1));

        KafkaTestClient.readUntil(bootstrap, FeedbackEventTypes.TOPIC, r -> unhappy.equals(r.key())
                && r.value().contains("\"type\":\"accord.feedback.escalated\"") && r.value().contains("cracked housings"),
                Duration.ofSeconds(30));
        var happyEvents = KafkaTestClient.readUntil(bootstrap, FeedbackEventTypes.TOPIC,
                r -> happy.equals(r.key()) && r.value().contains("\"type\":\"accord.feedback.received\""), Duration.ofSeconds(30));
        assertEquals(0, happyEvents.stream().filter(r -> happy.equals(r.key()) && r.value().contains("feedback.escalated")).count(),
                "positive feedback is not escalated");

        given().header("Authorization", AUDITOR).get("/api/v1/feedback/" + unhappy + "/history")
                .then().statusCode(200).body("action", contains("recorded", "escalated")).body("[0].actor", equalTo("xu.cs"));
    }

    @Test
    void badFeedbackNamesTheField() {
        given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"channel\": \"FAX\", \"category\": \"QUALITY\", \"rating\": 6}").post("/api/v1/feedback")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"category\": \"QUALITY\", \"rating\": 6}").post("/api/v1/feedback")
                .then().statusCode(400).body("violations.field", hasItems("customerId", "rating"));
        given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"channel\": \"PHONE\", \"category\": \"PRICE\"}".formatted(UUID.randomUUID()))
                .post("/api/v1/feedback").then().statusCode(400).body("violations.field", hasItem("text"));
        given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"channel\": \"PHONE\", \"category\": \"PRICE\", \"text\": \"x\", \"receivedAt\": \"2999-01-01T00:00:00Z\"}"
                        .formatted(UUID.randomUUID()))
                .post("/api/v1/feedback").then().statusCode(400).body("violations.field", hasItem("receivedAt"));
    }

    @Test
    void listsFilterAndTheParetoPutsTheBiggestCategoryFirst() {
        UUID customer = TestCustomers.registered();
        for (int i = 0; i < 3; i++) {
            record(customer, "QUALITY", 2 + i, "burrs");
        }
        record(customer, "DELIVERY", 3, "late");
        record(customer, "DELIVERY", 4, null);
        record(customer, "PRICE", 5, "fair");

        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("size", 2)
                .get("/api/v1/feedback").then().statusCode(200).body("total", equalTo(6)).body("items.size()", equalTo(2));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("category", "QUALITY")
                .queryParam("maxRating", 3).get("/api/v1/feedback").then().body("total", equalTo(2));

        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).get("/api/v1/feedback/pareto")
                .then().statusCode(200).body("total", equalTo(6))
                .body("categories.category", contains("QUALITY", "DELIVERY", "PRICE"))
                .body("categories.count", contains(3, 2, 1))
                .body("categories.percent", contains(50.0f, 33.3f, 16.7f))
                .body("categories.cumulativePercent", contains(50.0f, 83.3f, 100.0f));
        given().header("Authorization", AUDITOR).queryParam("customerId", UUID.randomUUID().toString()).get("/api/v1/feedback/pareto")
                .then().statusCode(200).body("total", equalTo(0)).body("categories.size()", equalTo(0));
    }

    @Test
    void rolesDecideWhoRecordsAndWhoReads() {
        String body = "{\"customerId\": \"%s\", \"channel\": \"PHONE\", \"category\": \"SERVICE\", \"rating\": 4}"
                .formatted(TestCustomers.registered());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then().statusCode(401);
        given().header("Authorization", AUDITOR).contentType(ContentType.JSON).body(body).post("/api/v1/feedback").then().statusCode(403);
        given().header("Authorization", TestTokens.machineBearer("erp", "orders:read", "orders:write"))
                .get("/api/v1/feedback").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback").then().statusCode(201);
    }

    @Test
    void noEndpointAnswersGarbageWithA5xx() {
        String id = record(TestCustomers.registered(), "OTHER", 3, "meh");
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "CUSTOMER_SERVICE", "AUDITOR"),
                List.<String[]>of(new String[]{"POST", "/api/v1/feedback"}),
                List.of("/api/v1/feedback/not-a-uuid", "/api/v1/feedback?category=NOPE", "/api/v1/feedback?from=yesterday",
                        "/api/v1/feedback?maxRating=9", "/api/v1/feedback/pareto?channel=FAX", "/api/v1/feedback/" + id + "/history/x",
                        "/api/v1/feedback?customerId=%zz"));
    }
}
