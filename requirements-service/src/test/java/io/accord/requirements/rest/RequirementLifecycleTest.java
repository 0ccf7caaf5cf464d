package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Confirmation of unwritten requirements, discrepancies, amendments with diffs, cancellation and delivery. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class RequirementLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aFlaggedUnwrittenCaptureIsConfirmedThenSubmittable() {
        String body = TestData.requirementBody(TestData.newCustomer(), "ORDER").replace("\"highRisk\": false", "\"unwritten\": true");
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements").then().statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"), "unwritten", equalTo(true)).extract().path("id");
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"method\": \"TELEPATHY\", \"confirmedBy\": \"\"}").post("/api/v1/requirements/" + id + "/confirmations")
                .then().statusCode(400);
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"method\": \"FAX\", \"confirmedBy\": \"Wang Wei\", \"reference\": \"FAX-2026-118\"}")
                .post("/api/v1/requirements/" + id + "/confirmations")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"), "confirmation.method", equalTo("FAX"),
                        "confirmation.recordedBy", equalTo("li.na"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"method\": \"FAX\", \"confirmedBy\": \"Wang Wei\", \"reference\": \"again\"}")
                .post("/api/v1/requirements/" + id + "/confirmations").then().statusCode(409).body("currentState", equalTo("CONFIRMED"));
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void discrepanciesWithTheQuotationBlockSubmissionUntilResolved() {
        String customer = TestData.newCustomer();
        LocalDate due = LocalDate.now().plusMonths(2);
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "TENDER", "title": "Valves", "quotationRef": "Q-77",
                 "items": [{"productCode": "V-1", "specification": "DN50 PN16", "quantity": 120, "unit": "pcs", "unitPrice": "80", "currency": "CNY"},
                           {"productCode": "V-2", "quantity": 10, "unit": "pcs", "unitPrice": "5", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s"},
                 "quotation": {"items": [{"productCode": "V-1", "specification": "DN50 PN10", "quantity": 100, "unitPrice": "85", "currency": "CNY"},
                                         {"productCode": "V-2", "quantity": 10, "unitPrice": "5.00", "currency": "CNY"}],
                               "deliveryDate": "%s"}}
                """.formatted(customer, due, due.plusDays(14)))
                .post("/api/v1/requirements").then().statusCode(201)
                .body("discrepancies.key", containsInAnyOrder("PRICE:V-1", "QUANTITY:V-1", "SPECIFICATION:V-1", "DELIVERY_DATE:-"))
                .body("discrepancies.find { it.key == 'PRICE:V-1' }.quoted", equalTo("85 CNY"))
                .body("discrepancies.find { it.key == 'PRICE:V-1' }.requested", equalTo("80 CNY"))
                .extract().path("id");

        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(409).body("detail", containsString("PRICE:V-1"));
        for (String key : List.of("PRICE:V-1", "QUANTITY:V-1", "SPECIFICATION:V-1", "DELIVERY_DATE:-")) {
            given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                    .body("{\"note\": \"customer accepted the revised offer of 2026-11-20\"}")
                    .post("/api/v1/requirements/" + id + "/discrepancies/" + key + "/resolution").then().statusCode(200);
        }
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"note\": \"x\"}")
                .post("/api/v1/requirements/" + id + "/discrepancies/PRICE:NOPE/resolution").then().statusCode(404);
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200).body("discrepancies.resolution.by", hasItem("li.na"));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history")
                .then().body("action", hasItem("discrepancy resolved"));
    }

    @Test
    void anAmendmentMakesARevisionWithADiffAndGoesBackToReview() {
        String customer = TestData.newCustomer();
        String id = TestData.capture(customer);
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);
        LocalDate later = LocalDate.now().plusMonths(4);

        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"reason": "customer needs 150 pieces, a month later",
                 "items": [{"productCode": "PH-200", "description": "pump housing", "specification": "GB/T 1234",
                            "quantity": 150, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi", "terms": "DAP"}}
                """.formatted(later))
                .post("/api/v1/requirements/" + id + "/amendments")
                .then().statusCode(200).body("revision", equalTo(2), "status", equalTo("AMENDED"));

        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions/2/diff")
                .then().statusCode(200)
                .body("path", containsInAnyOrder("items[0].quantity", "delivery.dueDate"))
                .body("find { it.path == 'items[0].quantity' }.before.toInteger()", equalTo(100))
                .body("find { it.path == 'items[0].quantity' }.after.toInteger()", equalTo(150));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions")
                .then().body("", hasSize(2)).body("[1].reason", equalTo("customer needs 150 pieces, a month later"));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions/1")
                .then().statusCode(200).body("content.items[0].quantity", equalTo(100));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions/9").then().statusCode(404);

        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC, r -> id.equals(r.key())
                && r.value().contains("\"type\":\"accord.requirement.amended\"")
                && r.value().contains("\"changedPaths\":[\"items[0].quantity\",\"delivery.dueDate\"]")
                && r.value().contains("\"revision\":2") && r.value().contains("\"previousRevision\":1"), Duration.ofSeconds(30));

        // a decision about the old revision no longer moves the record; one about the new revision does
        TestData.publishDecision(bootstrap, "review.approved", id, 1);
        TestData.publishDecision(bootstrap, "review.approved", id, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("ACCEPTED"), "revision", equalTo(2)));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history")
                .then().body("findAll { it.action == 'review decided' }", hasSize(1));
    }

    @Test
    void anEmptyAmendmentIsRefusedAndATerminalRecordCannotBeAmended() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reason\": \"nothing\"}")
                .post("/api/v1/requirements/" + id + "/amendments").then().statusCode(400);
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"title\": \"no reason\"}")
                .post("/api/v1/requirements/" + id + "/amendments").then().statusCode(400).body("violations.field", hasItem("reason"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reason\": \"customer withdrew\"}")
                .post("/api/v1/requirements/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"), "cancellationReason", equalTo("customer withdrew"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"reason\": \"late change\", \"title\": \"New title\"}").post("/api/v1/requirements/" + id + "/amendments")
                .then().statusCode(409).body("currentState", equalTo("CANCELLED"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reason\": \"twice\"}")
                .post("/api/v1/requirements/" + id + "/cancellation").then().statusCode(409);
    }

    @Test
    void onlyAnAcceptedRequirementIsDeliveredAndTheDeliveryIsPublished() {
        String customer = TestData.newCustomer();
        String id = TestData.capture(customer);
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reference\": \"DN-1\"}")
                .post("/api/v1/requirements/" + id + "/deliveries").then().statusCode(409).body("currentState", equalTo("CAPTURED"));
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);
        TestData.approve(bootstrap, id, 1);
        // the body of before deliveries had lines: everything outstanding, to be accepted by the customer
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reference\": \"DN-1\"}")
                .post("/api/v1/requirements/" + id + "/deliveries")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"), "deliveries[0].reference", equalTo("DN-1"),
                        "deliveries[0].number", equalTo(1), "deliveries[0].lines[0].productCode", equalTo("PH-200"),
                        "deliveries[0].lines[0].quantity", equalTo(100), "deliveryProgress[0].outstanding", equalTo(0));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"accepted\": true}")
                .post("/api/v1/requirements/" + id + "/deliveries/1/acceptance")
                .then().statusCode(200).body("status", equalTo("DELIVERED"), "deliveries[0].acceptance.accepted", equalTo(true),
                        "deliveries[0].acceptance.recordedBy", equalTo("li.na"));
        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC, r -> id.equals(r.key())
                && r.value().contains("\"type\":\"accord.requirement.delivered\"")
                && r.value().contains("\"customerId\":\"" + customer + "\""), Duration.ofSeconds(30));
        given().header("Authorization", TestTokens.bearer("z", "AUDITOR")).contentType(ContentType.JSON)
                .body("{\"reason\": \"auditors write nothing\"}").post("/api/v1/requirements/" + id + "/cancellation")
                .then().statusCode(403);
    }
}
