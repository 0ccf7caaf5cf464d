package io.accord.requirements.messaging;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The review's events, published on the real broker as the review-service would, move the record once. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class ReviewEventsConsumerTest {

    private static final String TOPIC = "accord.reviews";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void approvalAcceptsTheRecordAndARedeliveryIsAppliedOnce() {
        String customer = TestData.newCustomer();
        String id = submitted(customer);
        String review = UUID.randomUUID().toString();

        publish(event("review.opened", review, id, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("UNDER_REVIEW"), "reviewId", equalTo(review)));

        String approved = event("review.approved", review, id, 1);
        publish(approved);
        publish(approved);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("ACCEPTED")));
        // a marker behind the duplicate proves the duplicate was consumed before we count
        String other = submitted(customer);
        publish(event("review.opened", UUID.randomUUID().toString(), other, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + other).then().body("status", equalTo("UNDER_REVIEW")));

        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history")
                .then().body("action", equalTo(List.of("captured", "submitted", "review opened", "review decided")));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customers/" + customer)
                .then().body("newCustomer", equalTo(false));
    }

    /**
     * PROCESS.md §3: a record the review sent back for clarification is submitted again with what was clarified (never
     * without), and the history shows each round of the revision's review.
     */
    @Test
    void aClarificationSendsTheSameRevisionToItsNextRound() {
        String id = submitted(TestData.newCustomer());
        String first = UUID.randomUUID().toString();
        publish(event("review.opened", first, id, 1));
        publish(event("review.clarification-required", first, id, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("CLARIFICATION_REQUESTED")));

        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(400).body("violations[0].field", equalTo("clarification"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"clarification\": \"\"}")
                .post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(400).body("violations[0].field", equalTo("clarification"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"clarification\": \"交货地点：无锡新区仓库（客户邮件确认）\"}")
                .post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"), "revision", equalTo(1),
                        "clarifications[0].text", equalTo("交货地点：无锡新区仓库（客户邮件确认）"),
                        "clarifications[0].revision", equalTo(1), "clarifications[0].by", equalTo("li.na"));
        KafkaTestClient.readUntil(bootstrap, "accord.requirements", r -> r.key().equals(id)
                && r.value().contains("accord.requirement.submitted") && r.value().contains("无锡新区仓库"), Duration.ofSeconds(30));

        String second = UUID.randomUUID().toString();
        publish(event("review.opened", second, id, 1));
        publish(event("review.approved", second, id, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("ACCEPTED"), "reviewId", equalTo(second)));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history").then()
                .body("action", equalTo(List.of("captured", "submitted", "review opened", "review decided", "submitted",
                        "review opened", "review decided")),
                        "[2].detail", containsString("\"round\":1"), "[3].detail", containsString("\"round\":1"),
                        "[4].detail", containsString("交货地点：无锡新区仓库（客户邮件确认）"),
                        "[5].detail", containsString("\"round\":2"), "[6].detail", containsString("\"reviewId\":\"" + second));
    }

    @Test
    void aFirstSubmissionWithAClarificationIsRefusedAndAnEmptyBodyIsNone() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"clarification\": \"why not\"}")
                .post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(400).body("violations[0].field", equalTo("clarification"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"), "clarifications", hasSize(0));
        // a bodiless POST is a first submission whatever Content-Type the client's library sends with it
        for (ContentType type : List.of(ContentType.JSON, ContentType.TEXT, ContentType.URLENC)) {
            String another = TestData.capture(TestData.newCustomer());
            given().header("Authorization", TestData.SALES).contentType(type).post("/api/v1/requirements/" + another + "/submission")
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        }
    }

    @Test
    void aDecisionForAnotherRevisionIsIgnored() {
        String id = submitted(TestData.newCustomer());
        String review = UUID.randomUUID().toString();
        publish(event("review.rejected", review, id, 7));
        String marker = submitted(TestData.newCustomer());
        publish(event("review.opened", UUID.randomUUID().toString(), marker, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + marker).then().body("status", equalTo("UNDER_REVIEW")));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id)
                .then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        String id = submitted(TestData.newCustomer());
        // same key as the good event, so both land on one partition: the poison must not hold it up
        KafkaTestClient.send(bootstrap, TOPIC, id, "{this is not an event");
        KafkaTestClient.send(bootstrap, TOPIC, id, event("review.opened", UUID.randomUUID().toString(), id, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("UNDER_REVIEW")));
        KafkaTestClient.readUntil(bootstrap, "accord.requirements-service.dlq",
                r -> r.value().equals("{this is not an event"), Duration.ofSeconds(30));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history")
                .then().body("", hasSize(3));
    }

    static String submitted(String customer) {
        String id = TestData.capture(customer);
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200);
        return id;
    }

    private void publish(String event) {
        String review = event.substring(event.indexOf("\"subject\":\"") + 11, event.indexOf("\"subject\":\"") + 47);
        KafkaTestClient.send(bootstrap, TOPIC, review, event);
    }

    static String event(String type, String reviewId, String requirementId, int revision) {
        return """
                {"specversion":"1.0","id":"%s","source":"/accord/review-service","type":"accord.%s",\
                "subject":"%s","time":"%s","datacontenttype":"application/json","actor":"wang.gm",\
                "data":{"reviewId":"%s","requirementId":"%s","requirementRevision":%d}}"""
                .formatted(UUID.randomUUID(), type, reviewId, OffsetDateTime.now(), reviewId, requirementId, revision);
    }
}
