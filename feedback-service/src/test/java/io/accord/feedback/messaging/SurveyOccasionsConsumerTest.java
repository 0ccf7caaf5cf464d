package io.accord.feedback.messaging;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.infra.events.EventOwners;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A delivered order and a closed complaint each invite the customer to the survey for that occasion, once. */
@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class SurveyOccasionsConsumerTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String survey(String purpose) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"title\": \"%s\", \"purpose\": \"%s\", \"questions\": [{\"key\": \"overall\", \"text\": \"Satisfied?\", \"type\": \"RATING_1_5\"}]}"
                        .formatted(purpose, purpose))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");
    }

    /** As the topic's owner publishes it: consumers refuse any other source (EventOwners). */
    void publish(String topic, String type, String eventId, String key, String data) {
        String source = EventOwners.ofTopic(topic).orElseThrow().source();
        KafkaTestClient.send(bootstrap, topic, key, """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "%s", "subject": "%s",
                 "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json", "actor": "li.na", "data": %s}
                """.formatted(eventId, source, type, key, data));
    }

    @Test
    void aDeliveredOrderInvitesTheCustomerOnceAndTheTokenIsIssuedWhenTheInvitationIsPassedOn() {
        String survey = survey("DELIVERY");
        UUID customer = UUID.randomUUID();
        String requirement = UUID.randomUUID().toString();
        String data = "{\"requirementId\": \"%s\", \"revision\": 1, \"customerId\": \"%s\", \"reference\": \"DN-1\"}".formatted(requirement, customer);
        publish("accord.requirements", "accord.requirement.delivered", "evt-1-" + requirement, requirement, data);
        publish("accord.requirements", "accord.requirement.delivered", "evt-1-" + requirement, requirement, data);
        publish("accord.requirements", "accord.requirement.delivered", "evt-2-" + requirement, requirement, data);
        publish("accord.requirements", "accord.requirement.captured", "evt-3-" + requirement, requirement, data);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", SERVICE)
                .queryParam("customerId", customer.toString()).get("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].context", equalTo("requirement:" + requirement)).body("items[0].status", equalTo("SENT")));
        String invitation = given().header("Authorization", SERVICE).queryParam("customerId", customer.toString())
                .get("/api/v1/surveys/" + survey + "/invitations").then().extract().path("items[0].id");

        String first = given().header("Authorization", SERVICE).post("/api/v1/surveys/" + survey + "/invitations/" + invitation + "/token")
                .then().statusCode(200).body("token", startsWith("svy_")).extract().path("token");
        String second = given().header("Authorization", SERVICE).post("/api/v1/surveys/" + survey + "/invitations/" + invitation + "/token")
                .then().statusCode(200).extract().path("token");
        given().contentType(ContentType.JSON).body("{\"token\": \"%s\", \"answers\": [{\"key\": \"overall\", \"value\": 4}]}".formatted(first))
                .post("/api/v1/survey-responses").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"token\": \"%s\", \"answers\": [{\"key\": \"overall\", \"value\": 4}]}".formatted(second))
                .post("/api/v1/survey-responses").then().statusCode(201);
        given().header("Authorization", SERVICE).post("/api/v1/surveys/" + survey + "/invitations/" + invitation + "/token")
                .then().statusCode(409).body("currentState", equalTo("RESPONDED"));
    }

    @Test
    void aClosedComplaintInvitesTheCustomerToTheComplaintHandlingSurvey() {
        String survey = survey("COMPLAINT_HANDLING");
        UUID customer = UUID.randomUUID();
        String complaint = UUID.randomUUID().toString();
        publish("accord.complaints", "accord.complaint.closed", "evt-c-" + complaint, complaint,
                "{\"complaintId\": \"%s\", \"customerId\": \"%s\", \"from\": \"RESOLVED\", \"to\": \"CLOSED\"}".formatted(complaint, customer));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", SERVICE)
                .queryParam("customerId", customer.toString()).get("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].context", equalTo("complaint:" + complaint)));
    }
}
