package io.accord.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Stops the complaint-service, which no other end-to-end test needs, and asks the gateway for it. */
class ServiceDownIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void aStoppedServiceIsA503WithRetryAfterAtTheGateway() {
        AccordSuite.app("complaint-service").stop();
        given().get("/api/v1/complaints").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("status", equalTo(503));
    }
}
