package io.accord.gateway.proxy;

import io.accord.gateway.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

/** The per-address limit comes before anything that costs: a flood is refused without parsing its tokens or keys. */
@QuarkusTest
@TestProfile(CheapRefusalsTest.TinyAddressLimit.class)
class CheapRefusalsTest {

    public static class TinyAddressLimit extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.address-limit.capacity", "6", "accord.gateway.address-limit.per-second", "0.01");
        }
    }

    @Test
    void anAddressOverItsLimitIsRefusedBeforeItsTokenOrKeyIsLookedAt() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer not-a-token").get("/api/v1/requirements").then().statusCode(401);
            given().header("X-API-Key", "acc_guess-" + i).get("/api/v1/orders/ERP-1").then().statusCode(401);
        }
        // the limit is spent: the next garbage token and the next guessed key are not even looked at
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/requirements")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", matchesPattern("[1-9][0-9]*"));
        given().header("X-API-Key", "acc_guess-again").get("/api/v1/orders/ERP-1").then().statusCode(429);
        given().contentType("application/json").body("{\"user\":\"x\",\"roles\":[\"SALES\"]}").post("/auth/token")
                .then().statusCode(429);
    }
}
