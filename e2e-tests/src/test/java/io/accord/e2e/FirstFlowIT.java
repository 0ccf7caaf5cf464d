package io.accord.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * The first flow, driven only through the gateway's public HTTP API: customer, requirement, submission, the
 * review opened by the event, department opinions, consolidation, decision, and the requirement ACCEPTED by
 * the review's event, with a 401, a 403 and a 409 on the way.
 */
class FirstFlowIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void requirementIsCapturedReviewedApprovedAndAccepted() {
        String sales = AccordSuite.token("li.na", "SALES");
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");

        // 401: no token, through the gateway, as problem+json
        given().get("/api/v1/requirements").then().statusCode(401).contentType("application/problem+json");

        String customer = AccordSuite.as(sales).contentType(ContentType.JSON)
                .body("{\"code\": \"E2E-%s\", \"name\": \"Wuxi Pumps\"}".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/customers").then().statusCode(201)
                .header("Location", startsWith(AccordSuite.gateway() + "/api/v1/customers/"))
                .extract().path("id");

        String requirement = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "ORDER", "title": "Pump housings 2027",
                 "items": [{"productCode": "PH-200", "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"},
                 "requirements": [{"category": "STATED", "text": "pressure tested to 2 MPa"}]}
                """.formatted(customer, LocalDate.now().plusMonths(3)))
                .post("/api/v1/requirements").then().statusCode(201).body("status", equalTo("CAPTURED"))
                .extract().path("id");

        AccordSuite.as(sales).post("/api/v1/requirements/" + requirement + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // the review-service opens the review from requirement.submitted (Kafka), the record follows review.opened
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).queryParam("requirementId", requirement)
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(1)));
        String review = AccordSuite.as(auditor).queryParam("requirementId", requirement).get("/api/v1/reviews").path("items[0].id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement)
                .then().body("status", equalTo("UNDER_REVIEW"), "reviewId", equalTo(review)));

        // 403: sales cannot sign the quality department's opinion
        AccordSuite.as(sales).contentType(ContentType.JSON).body("{\"department\": \"QUALITY\", \"verdict\": \"APPROVE\"}")
                .post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(403).contentType("application/problem+json");

        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            AccordSuite.as(AccordSuite.token(department.toLowerCase() + ".lead", department)).contentType(ContentType.JSON)
                    .body("{\"department\": \"%s\", \"verdict\": \"APPROVE\", \"comment\": \"able to meet it\"}".formatted(department))
                    .post("/api/v1/reviews/" + review + "/opinions").then().statusCode(200);
        }

        // 409: the general manager cannot decide before the sales manager consolidated
        String gm = AccordSuite.token("wang.gm", "GENERAL_MANAGER");
        AccordSuite.as(gm).contentType(ContentType.JSON).body("{\"decision\": \"APPROVED\"}")
                .post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(409).contentType("application/problem+json").body("currentState", equalTo("OPEN"));

        AccordSuite.as(AccordSuite.token("chen.sm", "SALES_MANAGER")).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + review + "/consolidation").then().statusCode(200).body("status", equalTo("CONSOLIDATED"));
        AccordSuite.as(gm).contentType(ContentType.JSON).body("{\"decision\": \"APPROVED\", \"comment\": \"accepted\"}")
                .post("/api/v1/reviews/" + review + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));

        // review.approved (Kafka) moves the requirement to ACCEPTED: the company's commitment
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement)
                .then().body("status", equalTo("ACCEPTED")));
        AccordSuite.as(auditor).get("/api/v1/customers/" + customer).then().body("newCustomer", is(false));

        // the customer hears from us: feedback on the call, and a survey answered without logging in
        String service = AccordSuite.token("xu.cs", "CUSTOMER_SERVICE");
        AccordSuite.as(service).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"channel\": \"PHONE\", \"category\": \"SERVICE\", \"rating\": 4, \"text\": \"quick answers\"}"
                        .formatted(customer)).post("/api/v1/feedback").then().statusCode(201);
        String survey = AccordSuite.as(service).contentType(ContentType.JSON).body("""
                {"title": "After the order", "questions": [{"key": "overall", "text": "Satisfied?", "type": "RATING_1_5"},
                 {"key": "recommend", "text": "Recommend us?", "type": "NPS_0_10"}]}
                """).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        String surveyToken = AccordSuite.as(service).contentType(ContentType.JSON).body("{\"customerId\": \"%s\"}".formatted(customer))
                .post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201).extract().path("token");
        given().contentType(ContentType.JSON).body("""
                {"token": "%s", "answers": [{"key": "overall", "value": 5}, {"key": "recommend", "value": 10}]}
                """.formatted(surveyToken)).post("/api/v1/survey-responses").then().statusCode(201);

        // the customer overview gathers the services' parts in one answer
        AccordSuite.as(auditor).get("/api/v1/customers/" + customer + "/overview").then().statusCode(200)
                .body("customer.id", equalTo(customer), "requirements.accepted[0].id", equalTo(requirement),
                        "requirements.open.size()", equalTo(0), "reviewsInProgress.size()", equalTo(0),
                        "feedback[0].text", equalTo("quick answers"), "satisfaction.responses", equalTo(1),
                        "satisfaction.csat", equalTo(100.0f), "satisfaction.nps", equalTo(100.0f),
                        "complaints.size()", equalTo(0), "unavailable.size()", equalTo(0));
        AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement + "/history/verification")
                .then().statusCode(200).body("intact", is(true), "entries", equalTo(4));
        AccordSuite.as(auditor).get("/api/v1/reviews/" + review + "/history/verification")
                .then().statusCode(200).body("intact", is(true));
    }

    @Test
    void everyServiceAnswersThroughTheGateway() {
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");
        for (String path : List.of("/api/v1/customers", "/api/v1/requirements", "/api/v1/reviews", "/api/v1/feedback",
                "/api/v1/complaints")) {
            AccordSuite.as(auditor).header("X-Request-Id", "e2e-" + path.hashCode()).get(path)
                    .then().statusCode(200).header("X-Request-Id", "e2e-" + path.hashCode()).body("page", equalTo(0));
        }
    }
}
