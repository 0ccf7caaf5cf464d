package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class RequirementResourceTest {

    @Test
    void capturesAndSubmitsARequirement() {
        String customer = TestData.newCustomer();
        String id = TestData.capture(customer);

        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id)
                .then().statusCode(200)
                .body("status", equalTo("CAPTURED"), "revision", equalTo(1), "totalValue", equalTo("1250.00"),
                        "currency", equalTo("CNY"), "requirements[0].category", equalTo("STATUTORY"));

        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void submittingTwiceIsAConflictNamingTheState() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200);
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("SUBMITTED"));
    }

    @Test
    void verbalOrderWaitsForConfirmationAndCannotBeSubmitted() {
        String customer = TestData.newCustomer();
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body(TestData.requirementBody(customer, "VERBAL_ORDER")).post("/api/v1/requirements")
                .then().statusCode(201).body("status", equalTo("AWAITING_CONFIRMATION")).extract().path("id");
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(409).body("currentState", equalTo("AWAITING_CONFIRMATION"));
    }

    @Test
    void staleIfMatchOnSubmissionIs412() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).header("If-Match", "\"99\"")
                .post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(412);
        given().header("Authorization", TestData.SALES).get("/api/v1/requirements/" + id)
                .then().body("status", equalTo("CAPTURED"));
    }

    @Test
    void captureValidationNamesEachField() {
        String customer = TestData.newCustomer();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("""
                        {"customerId": "%s", "source": "ORDER", "title": "",
                         "items": [{"productCode": "X", "quantity": -1, "unit": "pcs", "unitPrice": "1", "currency": "yuan"}],
                         "delivery": {"dueDate": "%s"}}
                        """.formatted(customer, LocalDate.now().minusDays(3)))
                .post("/api/v1/requirements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("items[0].quantity"))
                .body("violations.field", hasItem("items[0].currency"))
                .body("violations.field", hasItem("delivery.dueDate"));
    }

    @Test
    void unknownCustomerIsUnprocessableAndNothingIsWritten() {
        String unknown = "3f1c2b9e-0000-4000-8000-000000000000";
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body(TestData.requirementBody(unknown, "ORDER")).post("/api/v1/requirements")
                .then().statusCode(422).body("violations[0].field", equalTo("customerId"));
        given().header("Authorization", TestData.AUDITOR).queryParam("customerId", unknown).get("/api/v1/requirements")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void emptyCaptureNeedsAnItemOrRequirement() {
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"source\": \"ORDER\", \"title\": \"nothing\"}".formatted(TestData.newCustomer()))
                .post("/api/v1/requirements")
                .then().statusCode(400).body("violations[0].field", equalTo("items"));
    }

    @Test
    void historyIsHashChainedAndVerifiable() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);

        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("captured"), "[0].actor", equalTo("li.na"), "[0].stateAfter", equalTo("CAPTURED"))
                .body("[1].stateBefore", equalTo("CAPTURED"), "[1].stateAfter", equalTo("SUBMITTED"))
                .body("[1].previousHash", equalTo(given().header("Authorization", TestData.AUDITOR)
                        .get("/api/v1/requirements/" + id + "/history").path("[0].hash")));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history/verification")
                .then().statusCode(200).body("intact", is(true), "entries", equalTo(2));
        given().header("Authorization", TestTokens.bearer("p", "PRODUCTION"))
                .get("/api/v1/requirements/" + id + "/history").then().statusCode(403);
        given().get("/api/v1/requirements/" + id + "/history/verification").then().statusCode(401);
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listFiltersByStatusAndCustomer() {
        String customer = TestData.newCustomer();
        String submitted = TestData.capture(customer);
        TestData.capture(customer);
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + submitted + "/submission").then().statusCode(200);

        given().header("Authorization", TestData.AUDITOR).queryParam("customerId", customer).get("/api/v1/requirements")
                .then().statusCode(200).body("total", equalTo(2));
        String now = OffsetDateTime.now().plusSeconds(1).toString();
        given().header("Authorization", TestData.AUDITOR).queryParam("customerId", customer).queryParam("to", now)
                .queryParam("from", OffsetDateTime.now().minusMinutes(5).toString()).get("/api/v1/requirements")
                .then().statusCode(200).body("total", equalTo(2));
        given().header("Authorization", TestData.AUDITOR).queryParam("customerId", customer).queryParam("from", now)
                .get("/api/v1/requirements").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", TestData.AUDITOR).queryParam("customerId", customer).queryParam("status", "SUBMITTED")
                .get("/api/v1/requirements")
                .then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo(submitted));
    }

    @Test
    void aReviewerCannotCapture() {
        given().header("Authorization", TestTokens.bearer("q.zhang", "QUALITY"))
                .contentType(ContentType.JSON).body(TestData.requirementBody(TestData.newCustomer(), "ORDER"))
                .post("/api/v1/requirements")
                .then().statusCode(403);
    }
}
