package io.accord.gateway.rest;

import io.accord.gateway.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class TokenResourceTest {

    @Test
    void issuesATokenTheServicesCanVerify() throws Exception {
        long before = Instant.now().getEpochSecond();
        String token = given().contentType("application/json").body("{\"user\": \"li.na\", \"roles\": [\"SALES\", \"AUDITOR\"]}")
                .post("/auth/token").then().statusCode(200).body("tokenType", equalTo("Bearer")).extract().path("token");

        PublicKey key = KeyUtils.readPublicKey("META-INF/accord/dev-jwt/public.pem");
        JWTAuthContextInfo info = new JWTAuthContextInfo(key, "https://accord.local/dev");
        info.setExpectedAudience(Set.of("accord"));
        JsonWebToken jwt = new DefaultJWTParser(info).parse(token);
        assertEquals("li.na", jwt.getName());
        assertEquals(Set.of("SALES", "AUDITOR"), jwt.getGroups());
        assertEquals(Set.of("accord"), jwt.getAudience());
        // each call is a sign-in: auth_time says when, so the holder may sign for the next minutes
        long authTime = jwt.<Long>getClaim("auth_time");
        assertTrue(authTime >= before && authTime <= Instant.now().getEpochSecond(), "auth_time " + authTime);
        // and the gateway itself takes it (an auditor reads the API clients)
        given().header("Authorization", "Bearer " + token).get("/api/v1/api-clients").then().statusCode(200);
    }

    @Test
    void theMachineRoleIsNotForPeople() {
        given().contentType("application/json").body("{\"user\": \"erp\", \"roles\": [\"ERP_CLIENT\"]}").post("/auth/token")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("roles"))
                .body("violations[0].message", containsString("X-API-Key"));
    }

    @Test
    void refusesUnknownRolesAndBadBodies() {
        given().contentType("application/json").body("{\"user\": \"x\", \"roles\": [\"KING\"]}").post("/auth/token")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("roles"));
        given().contentType("application/json").body("{\"roles\": []}").post("/auth/token")
                .then().statusCode(400).body("violations.field", hasItem("user")).body("violations.field", hasItem("roles"));
        given().contentType("application/json").body("{").post("/auth/token").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body("[]").post("/auth/token").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("text/plain").body("user").post("/auth/token").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
