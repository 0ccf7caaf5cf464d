package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class CustomerResourceTest {

    @Test
    void registersACustomerWithLocationAndEtag() {
        String code = TestData.uniqueCode();
        String location = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body(TestData.customerBody(code))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("code", equalTo(code), "newCustomer", is(true), "contacts[0].name", equalTo("Wang Wei"))
                .extract().header("Location");

        given().header("Authorization", TestData.AUDITOR).get(location)
                .then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("a customer with code " + code + " already exists"));
    }

    @Test
    void invalidFieldsAreNamed() {
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"code\": \"bad code!\", \"name\": \"\", \"contacts\": [{\"name\": \"x\", \"email\": \"no-at-sign\"}]}")
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("contacts[0].email"));
    }

    @Test
    void staleIfMatchIsRefusedWith412AndFreshOneUpdates() {
        String id = TestData.newCustomer();
        String etag = given().header("Authorization", TestData.SALES).get("/api/v1/customers/" + id)
                .then().statusCode(200).extract().header("ETag");

        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed Ltd\"}").patch("/api/v1/customers/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed Ltd"));

        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"name\": \"Lost update\"}").patch("/api/v1/customers/" + id)
                .then().statusCode(412).contentType("application/problem+json");

        given().header("Authorization", TestData.SALES).get("/api/v1/customers/" + id)
                .then().body("name", equalTo("Renamed Ltd"));
    }

    @Test
    void anUpdateIsInTheHistoryAsItWasAsked() {
        String id = TestData.newCustomer();
        String etag = given().header("Authorization", TestData.SALES).get("/api/v1/customers/" + id).header("ETag");
        given().header("Authorization", TestData.SALES).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"contacts\": [{\"name\": \"Wu Fang\", \"role\": \"buyer\", \"email\": \"wu@example.com\"}]}")
                .patch("/api/v1/customers/" + id).then().statusCode(200).body("contacts[0].name", equalTo("Wu Fang"));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customers/" + id + "/history")
                .then().statusCode(200).body("find { it.action == 'updated' }.detail", equalTo(
                        "{\"name\":null,\"contacts\":[{\"name\":\"Wu Fang\",\"role\":\"buyer\",\"email\":\"wu@example.com\",\"phone\":null}],\"language\":null,\"surveysOptOut\":null}"));
    }

    @Test
    void listIsPagedAndFiltered() {
        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        given().header("Authorization", TestData.AUDITOR).queryParam("code", code).queryParam("size", 5)
                .get("/api/v1/customers")
                .then().statusCode(200)
                .body("total", equalTo(1), "size", equalTo(5), "page", equalTo(0), "items[0].code", equalTo(code));
        given().header("Authorization", TestData.AUDITOR).queryParam("size", 500).get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void auditorReadsButCannotWriteAndAnonymousIsUnauthorized() {
        given().header("Authorization", TestData.AUDITOR).contentType(ContentType.JSON)
                .body(TestData.customerBody(TestData.uniqueCode())).post("/api/v1/customers")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/customers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-jwt").get("/api/v1/customers")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
