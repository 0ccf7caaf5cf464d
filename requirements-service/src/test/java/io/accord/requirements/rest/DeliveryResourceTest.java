package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliveries over HTTP: the acceptance criteria agreed at capture, partial deliveries, a quantity beyond the order
 * refused naming the line, the customer's rejection (with its reason) published for a complaint, and DELIVERED
 * only once the rest is delivered and accepted.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class DeliveryResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void partialDeliveriesRejectionAndAcceptanceLeadToDelivered() {
        String customer = TestData.newCustomer();
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "ORDER", "title": "Pumps and seals", "externalRef": "HT-7",
                 "items": [{"productCode": "P-1", "quantity": 10, "unit": "pcs", "unitPrice": "100", "currency": "CNY",
                            "acceptanceCriteria": "pressure test 1.6 MPa, 30 min, no leak"},
                           {"productCode": "S-1", "quantity": 20, "unit": "set", "unitPrice": "5", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"}}
                """.formatted(customer, LocalDate.now().plusMonths(1)))
                .post("/api/v1/requirements").then().statusCode(201)
                .body("items[0].acceptanceCriteria", equalTo("pressure test 1.6 MPa, 30 min, no leak")).extract().path("id");
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);
        TestData.approve(bootstrap, id, 1);

        deliver(id, "{\"lines\": [{\"productCode\": \"P-1\", \"quantity\": 6}], \"reference\": \"DN-1\"}").statusCode(200)
                .body("status", equalTo("ACCEPTED"), "deliveries[0].number", equalTo(1),
                        "deliveryProgress.find { it.productCode == 'P-1' }.outstanding", equalTo(4));
        deliver(id, "{\"lines\": [{\"productCode\": \"S-1\", \"quantity\": 20}, {\"productCode\": \"P-1\", \"quantity\": 5}]}")
                .statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("lines[1].quantity"), "detail", containsString("left to deliver: 4"));
        deliver(id, "{\"lines\": [{\"productCode\": \"X-9\", \"quantity\": 1}]}").statusCode(422)
                .body("violations[0].field", equalTo("lines[0].productCode"));
        deliver(id, "{\"lines\": [{\"productCode\": \"P-1\", \"quantity\": 0}]}").statusCode(400)
                .body("violations[0].field", containsString("quantity"));
        deliver(id, "{\"lines\": [{\"productCode\": \"P-1\", \"quantity\": 4}, {\"productCode\": \"S-1\", \"quantity\": 20}],"
                + " \"reference\": \"DN-2\"}").statusCode(200).body("status", equalTo("ACCEPTED"));

        accept(id, 1, "{\"accepted\": false}").statusCode(400).body("violations[0].field", equalTo("reason"));
        accept(id, 1, "{\"accepted\": false, \"category\": \"QUALITY\", \"reason\": \"two pumps leak at 1.2 MPa\"}")
                .statusCode(200).body("status", equalTo("ACCEPTED"), "deliveries[0].acceptance.accepted", equalTo(false),
                        "deliveries[0].acceptance.category", equalTo("QUALITY"),
                        "deliveryProgress.find { it.productCode == 'P-1' }.outstanding", equalTo(6));
        accept(id, 1, "{\"accepted\": true}").statusCode(409);
        accept(id, 9, "{\"accepted\": true}").statusCode(404);
        List<ConsumerRecord<String, String>> events = KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC,
                r -> id.equals(r.key()) && r.value().contains("accord.requirement.delivery-rejected"), Duration.ofSeconds(30));
        String rejected = events.stream().filter(r -> r.value().contains("delivery-rejected")).findFirst().orElseThrow().value();
        assertTrue(rejected.contains("\"reason\":\"two pumps leak at 1.2 MPa\"") && rejected.contains("\"orderRef\":\"HT-7\"")
                && rejected.contains("\"deliveryNumber\":1"), rejected);

        accept(id, 2, "{\"accepted\": true}").statusCode(200).body("status", equalTo("ACCEPTED"));
        deliver(id, "{\"reference\": \"DN-3\", \"note\": \"replacement pumps\"}").statusCode(200)
                .body("deliveries[2].lines[0].productCode", equalTo("P-1"), "deliveries[2].lines[0].quantity", equalTo(6));
        accept(id, 3, "{\"accepted\": true}").statusCode(200).body("status", equalTo("DELIVERED"));
        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC,
                r -> id.equals(r.key()) && r.value().contains("\"type\":\"accord.requirement.delivered\""), Duration.ofSeconds(30));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("captured", "submitted", "review decided", "delivery 1 recorded",
                        "delivery 2 recorded", "delivery 1 rejected", "delivery 2 accepted", "delivery 3 recorded",
                        "delivery 3 accepted", "delivered")));
    }

    @Test
    void acceptanceCriteriaAreAmendedLikeAnyOtherPartOfAnItem() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"reason": "customer's inspection plan arrived",
                 "items": [{"productCode": "PH-200", "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY",
                            "description": "pump housing", "specification": "GB/T 1234",
                            "acceptanceCriteria": "dimensional check of 5 per lot"}]}
                """).post("/api/v1/requirements/" + id + "/amendments").then().statusCode(200)
                .body("revision", equalTo(2), "items[0].acceptanceCriteria", equalTo("dimensional check of 5 per lot"));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions/2/diff")
                .then().statusCode(200).body("path", equalTo(List.of("items[0].acceptanceCriteria")));
    }

    private static ValidatableResponse deliver(String id, String body) {
        return given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements/" + id + "/deliveries").then();
    }

    private static ValidatableResponse accept(String id, int n, String body) {
        return given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements/" + id + "/deliveries/" + n + "/acceptance").then();
    }
}
