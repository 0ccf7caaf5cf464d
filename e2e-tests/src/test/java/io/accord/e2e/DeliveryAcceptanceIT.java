package io.accord.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Delivery as seed 3.3.1 has it, through the gateway and across the services: an order with acceptance criteria is
 * reviewed and accepted, delivered in part and then the rest (more than ordered is refused naming the line); the
 * customer refuses the second delivery with a reason, which opens a complaint in the complaint-service naming the
 * requirement and the delivery; the replacement is accepted, the record is DELIVERED, and only then the feedback-service
 * invites the customer to the delivery survey.
 */
class DeliveryAcceptanceIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void partialDeliveriesARefusalThatOpensAComplaintAndAcceptanceToDelivered() {
        String sales = AccordSuite.token("li.na", "SALES");
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");
        String service = AccordSuite.token("xu.cs", "CUSTOMER_SERVICE");
        String customer = AccordSuite.as(sales).contentType(ContentType.JSON)
                .body("{\"code\": \"DLV-%s\", \"name\": \"Wuxi Pumps\"}".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String survey = AccordSuite.as(service).contentType(ContentType.JSON).body("""
                {"title": "Your delivery", "purpose": "DELIVERY",
                 "questions": [{"key": "overall", "text": "Satisfied?", "type": "RATING_1_5"}]}
                """).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        String requirement = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "ORDER", "title": "Pump housings 2027", "externalRef": "HT-2027-7",
                 "items": [{"productCode": "PH-200", "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY",
                            "acceptanceCriteria": "pressure tested to 2 MPa, certificate with each lot"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"},
                 "requirements": [{"category": "STATED", "text": "pressure tested to 2 MPa"}]}
                """.formatted(customer, LocalDate.now().plusMonths(3)))
                .post("/api/v1/requirements").then().statusCode(201).extract().path("id");
        accepted(sales, auditor, requirement);

        deliver(sales, requirement, "{\"lines\": [{\"productCode\": \"PH-200\", \"quantity\": 60}], \"reference\": \"DN-1\"}")
                .statusCode(200).body("status", equalTo("ACCEPTED"), "deliveryProgress[0].outstanding", equalTo(40));
        deliver(sales, requirement, "{\"lines\": [{\"productCode\": \"PH-200\", \"quantity\": 41}]}")
                .statusCode(422).contentType("application/problem+json").body("violations[0].field", equalTo("lines[0].quantity"));
        deliver(sales, requirement, "{\"lines\": [{\"productCode\": \"PH-200\", \"quantity\": 40}], \"reference\": \"DN-2\"}")
                .statusCode(200).body("status", equalTo("ACCEPTED"), "deliveryProgress[0].outstanding", equalTo(0));

        accept(sales, requirement, 1, "{\"accepted\": true}").statusCode(200).body("status", equalTo("ACCEPTED"));
        accept(sales, requirement, 2, "{\"accepted\": false, \"category\": \"QUALITY\", \"reason\": \"lot 2 has no pressure test certificate\"}")
                .statusCode(200).body("status", equalTo("ACCEPTED"), "deliveryProgress[0].outstanding", equalTo(40));

        // the complaint-service opens the complaint from requirement.delivery-rejected (Kafka)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).queryParam("customerId", customer)
                .get("/api/v1/complaints").then().statusCode(200).body("total", equalTo(1),
                        "items[0].category", equalTo("QUALITY"), "items[0].channel", equalTo("ACCEPTANCE"),
                        "items[0].requirementId", equalTo(requirement), "items[0].deliveryNumber", equalTo(2),
                        "items[0].orderRef", equalTo("HT-2027-7"),
                        "items[0].description", containsString("lot 2 has no pressure test certificate")));

        deliver(sales, requirement, "{\"reference\": \"DN-3\", \"note\": \"replacement for DN-2, certificates enclosed\"}")
                .statusCode(200).body("deliveries[2].lines[0].quantity", equalTo(40));
        accept(sales, requirement, 3, "{\"accepted\": true}").statusCode(200).body("status", equalTo("DELIVERED"));

        // requirement.delivered still means delivered in full and accepted: one survey invitation, now
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(service).queryParam("customerId", customer)
                .get("/api/v1/surveys/" + survey + "/invitations").then().statusCode(200)
                .body("total", equalTo(1), "items[0].context", equalTo("requirement:" + requirement)));
        AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("captured", "submitted", "review opened", "review decided",
                        "delivery 1 recorded", "delivery 2 recorded", "delivery 1 accepted", "delivery 2 rejected",
                        "delivery 3 recorded", "delivery 3 accepted", "delivered")));
        AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement + "/history/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    /** Submitted, reviewed by the departments the policy routes a first order to, approved: ACCEPTED (SurveyMailIT too). */
    static void accepted(String sales, String auditor, String requirement) {
        AccordSuite.as(sales).post("/api/v1/requirements/" + requirement + "/submission").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).queryParam("requirementId", requirement)
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(1)));
        String review = AccordSuite.as(auditor).queryParam("requirementId", requirement).get("/api/v1/reviews").path("items[0].id");
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            AccordSuite.as(AccordSuite.token(department.toLowerCase() + ".lead", department)).contentType(ContentType.JSON)
                    .body("{\"department\": \"%s\", \"verdict\": \"APPROVE\"}".formatted(department))
                    .post("/api/v1/reviews/" + review + "/opinions").then().statusCode(200);
        }
        AccordSuite.as(AccordSuite.token("chen.sm", "SALES_MANAGER")).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + review + "/consolidation").then().statusCode(200);
        AccordSuite.as(AccordSuite.token("wang.gm", "GENERAL_MANAGER")).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement)
                .then().body("status", equalTo("ACCEPTED")));
    }

    private static ValidatableResponse deliver(String sales, String requirement, String body) {
        return AccordSuite.as(sales).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements/" + requirement + "/deliveries").then();
    }

    private static ValidatableResponse accept(String sales, String requirement, int n, String body) {
        return AccordSuite.as(sales).contentType(ContentType.JSON).body(body)
                .post("/api/v1/requirements/" + requirement + "/deliveries/" + n + "/acceptance").then();
    }
}
