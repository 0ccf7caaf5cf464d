package io.accord.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Stops the complaint-service, which no other end-to-end test needs, and asks the gateway for it. */
class ServiceDownIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void aStoppedServiceIsA503WithRetryAfterAtTheGatewayAndTheOverviewStillAnswers() {
        String token = given().contentType("application/json").body("{\"user\": \"li.na\", \"roles\": [\"SALES\"]}")
                .post("/auth/token").then().statusCode(200).extract().path("token");
        String customer = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body("{\"code\": \"DOWN-%s\", \"name\": \"Overview Ltd\"}".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");

        AccordSuite.app("complaint-service").stop();
        given().get("/api/v1/complaints").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("status", equalTo(503));
        given().header("Authorization", "Bearer " + token).get("/api/v1/customers/" + customer + "/overview")
                .then().statusCode(200).body("customer.name", equalTo("Overview Ltd"))
                .body("unavailable", contains("complaints"))
                .body("complaints", nullValue());
    }
}
