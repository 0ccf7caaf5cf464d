package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * On the real broker: a delivery the customer refused opens one MAJOR complaint through the ACCEPTANCE channel that
 * names the requirement and the delivery, however often the event arrives (the same event again, or another event
 * for the same delivery); another delivery of the same requirement opens its own.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class RefusedDeliveryComplaintTest {

    static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRefusedDeliveryOpensOneComplaintThatNamesIt() {
        UUID requirement = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        String event = "rejected-" + requirement;
        publish(event, requirement, customer, 1, "DELIVERY");
        publish(event, requirement, customer, 1, "DELIVERY");
        publish("again-" + requirement, requirement, customer, 1, "DELIVERY");
        publish("second-" + requirement, requirement, customer, 2, "QUALITY");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .queryParam("customerId", customer.toString()).queryParam("sort", "receivedAt,asc").get("/api/v1/complaints")
                .then().statusCode(200).body("total", equalTo(2)));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .queryParam("category", "DELIVERY").get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(1), "items[0].channel", equalTo("ACCEPTANCE"), "items[0].severity", equalTo("MAJOR"),
                        "items[0].requirementId", equalTo(requirement.toString()), "items[0].deliveryNumber", equalTo(1),
                        "items[0].orderRef", equalTo("HT-7"), "items[0].productCode", equalTo("PH-200"),
                        "items[0].description", containsString("arrived three weeks late"),
                        "items[0].description", containsString("Delivery 1 (DN-1) of Pump housings"));
    }

    private void publish(String eventId, UUID requirement, UUID customer, int delivery, String category) {
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement.toString(), """
                {"specversion": "1.0", "id": "%s", "source": "/accord/requirements-service",
                 "type": "accord.requirement.delivery-rejected", "subject": "%s", "time": "2026-11-27T08:00:00Z",
                 "datacontenttype": "application/json", "actor": "li.na",
                 "data": {"requirementId": "%s", "revision": 1, "customerId": "%s", "orderRef": "HT-7",
                          "title": "Pump housings", "deliveryNumber": %d, "reference": "DN-%d",
                          "lines": [{"productCode": "PH-200", "quantity": 40}], "category": "%s",
                          "reason": "arrived three weeks late", "rejectedAt": "2026-11-27T08:00:00Z"}}
                """.formatted(eventId, requirement, requirement, customer, delivery, delivery, category));
    }
}
