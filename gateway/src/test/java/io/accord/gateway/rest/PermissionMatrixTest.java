package io.accord.gateway.rest;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.PermissionMatrix;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The gateway's own endpoints that roles decide (machine clients) × every role of PROCESS.md §5, against
 * {@code permission-matrix.csv}; checked against the gateway's own OpenAPI (the merged one is the services').
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class PermissionMatrixTest {

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        // a machine client reaches the gateway only with its API key (an internal token from outside is refused)
        String key = given().header("Authorization", TestTokens.bearer("ada.admin", "ADMIN")).contentType("application/json")
                .body(Map.of("name", "matrix-erp", "scopes", List.of("orders:read", "orders:write")))
                .post("/api/v1/api-clients").then().statusCode(201).extract().path("apiKey");
        PermissionMatrix.verify("permission-matrix.csv", "/q/openapi-gateway", "/api/v1/api-clients",
                spec -> spec.header("X-API-Key", key));
    }
}
