package io.accord.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * What operations see of the packaged suite: health and metrics only on each app's management port, never through
 * the public one; and metric labels that are route templates, never the order numbers or strings a caller sent.
 */
class OperationsIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortsOnly() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().baseUri(AccordSuite.app("requirements-service").url()).get("/q/metrics").then().statusCode(404);
        given().baseUri(AccordSuite.app("gateway").managementUrl()).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(AccordSuite.app("requirements-service").managementUrl()).get("/q/health/ready").then()
                .statusCode(200);
        // the API description stays public: the gateway still merges the services' documents
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/orders/{erpOrderNo}"));
    }

    @Test
    void orderNumbersAndAttackerPathsNeverBecomeMetricLabels() {
        String sales = "Bearer " + AccordSuite.token("li.na", "SALES");
        String orderNo = "ERP-SECRET-" + UUID.randomUUID();
        String attacker = "/api/v1/x-attacker-" + UUID.randomUUID();
        given().get("/api/v1/orders/" + orderNo).then().statusCode(401);
        given().header("Authorization", sales).get("/api/v1/orders/" + orderNo).then().statusCode(greaterThanOrEqualTo(400));
        given().header("Authorization", sales).contentType("application/json").body("{}")
                .post("/api/v1/orders/" + orderNo + "/deliveries").then().statusCode(greaterThanOrEqualTo(400));
        given().get(attacker).then().statusCode(404);
        given().header("Authorization", sales).contentType("application/json").body("{}").post(attacker).then().statusCode(404);

        String gateway = metrics("gateway");
        String service = metrics("requirements-service");
        for (String text : new String[] {gateway, service}) {
            assertThat(text, not(containsString(orderNo)));
            assertThat(text, not(containsString("x-attacker-")));
        }
        // the gateway labels a proxied request with the template the service matched (X-Accord-Route), not its prefix
        assertThat(gateway, containsString("uri=\"/api/v1/orders/{erpOrderNo}\""));
        assertThat(service, containsString("uri=\"/api/v1/orders/{erpOrderNo}\""));
    }

    private static String metrics(String app) {
        return given().baseUri(AccordSuite.app(app).managementUrl()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
    }
}
