package io.accord.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.accord.gateway.GatewayTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** With the endpoint off, as in the prod profile, nobody can mint a token at the gateway (its profile is shared: public). */
@QuarkusTest
@TestProfile(TokenEndpointDisabledTest.ProductionLike.class)
public class TokenEndpointDisabledTest {

    public static class ProductionLike extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.token-endpoint.enabled", "false");
        }
    }

    @Test
    void localSignInIsNotAvailable() {
        given().contentType("application/json").body("{\"user\": \"mallory\", \"roles\": [\"ADMIN\"]}").post("/auth/token")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
