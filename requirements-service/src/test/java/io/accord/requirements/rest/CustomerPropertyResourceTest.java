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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** The customer-property register through its whole lifecycle, with the refusals a user would meet. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class CustomerPropertyResourceTest {

    private static final String QUALITY = TestTokens.bearer("q.zhang", "QUALITY");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void receivedVerifiedDamagedCustomerToldAndReturned() {
        String customer = TestData.newCustomerWithoutMail();
        String requirement = TestData.capture(customer);
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "requirementId": "%s", "kind": "TOOLING", "description": "die set D-7", "quantity": 1, "unit": "set"}
                """.formatted(customer, requirement)).post("/api/v1/customer-property")
                .then().statusCode(201).body("status", equalTo("RECEIVED")).extract().path("id");

        // returning before verification is refused
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"returnedTo\": \"Wang Wei\"}")
                .post("/api/v1/customer-property/" + id + "/return").then().statusCode(409).body("currentState", equalTo("RECEIVED"));
        given().header("Authorization", QUALITY).contentType(ContentType.JSON).body("{\"result\": \"NONCONFORMING\"}")
                .post("/api/v1/customer-property/" + id + "/verification").then().statusCode(400).body("violations.field", hasItem("notes"));
        given().header("Authorization", QUALITY).contentType(ContentType.JSON).body("{\"result\": \"CONFORMING\", \"notes\": \"as listed\"}")
                .post("/api/v1/customer-property/" + id + "/verification")
                .then().statusCode(200).body("status", equalTo("IN_CUSTODY"), "verification.by", equalTo("q.zhang"));

        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"type\": \"DAMAGED\", \"description\": \"crack found on the upper die\"}")
                .post("/api/v1/customer-property/" + id + "/incidents")
                .then().statusCode(200).body("status", equalTo("IMPAIRED"), "incidentsAwaitingCustomerNotice", equalTo(1),
                        "incidents[0].customerNotified", nullValue());
        KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC, r -> id.equals(r.key())
                && r.value().contains("\"type\":\"accord.customer-property.incident-reported\"")
                && r.value().contains("\"customerMustBeNotified\":true")
                && r.value().contains("\"type\":\"DAMAGED\""), Duration.ofSeconds(30));

        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"method\": \"PHONE\", \"reference\": \"call log 2026-11-27 10:40\"}")
                .post("/api/v1/customer-property/" + id + "/incidents/1/customer-notification")
                .then().statusCode(200).body("incidentsAwaitingCustomerNotice", equalTo(0), "incidents[0].customerNotified.by", equalTo("li.na"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"method\": \"PHONE\", \"reference\": \"again\"}")
                .post("/api/v1/customer-property/" + id + "/incidents/1/customer-notification").then().statusCode(409);
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"method\": \"PHONE\", \"reference\": \"x\"}")
                .post("/api/v1/customer-property/" + id + "/incidents/7/customer-notification").then().statusCode(404);

        String etag = given().header("Authorization", TestData.AUDITOR).get("/api/v1/customer-property/" + id).header("ETag");
        given().header("Authorization", TestData.SALES).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"returnedTo\": \"Wang Wei\"}").post("/api/v1/customer-property/" + id + "/return").then().statusCode(412);
        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"returnedTo\": \"Wang Wei\", \"reference\": \"RMA-3\"}").post("/api/v1/customer-property/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED"), "returned.reference", equalTo("RMA-3"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"type\": \"LOST\", \"description\": \"late\"}").post("/api/v1/customer-property/" + id + "/incidents")
                .then().statusCode(409).body("currentState", equalTo("RETURNED"));

        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customer-property/" + id + "/history/verification")
                .then().statusCode(200).body("intact", is(true), "entries", equalTo(5));
        given().header("Authorization", TestData.AUDITOR).queryParam("requirementId", requirement).get("/api/v1/customer-property")
                .then().statusCode(200).body("total", equalTo(1), "items[0].id", equalTo(id));
    }

    @Test
    void aLossEndsCustodyAndUnknownReferencesAreRefused() {
        String customer = TestData.newCustomer();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "3f1c2b9e-0000-4000-8000-000000000000", "kind": "DRAWING", "description": "x", "quantity": 1}
                """).post("/api/v1/customer-property").then().statusCode(422).body("violations[0].field", equalTo("customerId"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "BANANA", "description": "", "quantity": 0}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(400);
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "DRAWING", "description": "drawing set A-12", "quantity": 3, "unit": "sheets"}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"type\": \"LOST\", \"description\": \"not found after the move\"}")
                .post("/api/v1/customer-property/" + id + "/incidents").then().statusCode(200).body("status", equalTo("LOST"));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"returnedTo\": \"x\"}")
                .post("/api/v1/customer-property/" + id + "/return").then().statusCode(409).body("currentState", equalTo("LOST"));
        given().header("Authorization", TestData.AUDITOR).contentType(ContentType.JSON).body("{\"result\": \"CONFORMING\"}")
                .post("/api/v1/customer-property/" + id + "/verification").then().statusCode(403);
    }
}
