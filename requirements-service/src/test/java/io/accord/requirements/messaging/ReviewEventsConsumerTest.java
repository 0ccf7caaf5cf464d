package io.accord.requirements.messaging;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
