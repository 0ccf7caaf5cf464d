package io.accord.gateway.console;

import io.accord.gateway.rest.TokenEndpointDisabledTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** No local sign-in (as in prod) and no identity provider configured: the console says so instead of a dead sign-in. */
@QuarkusTest
@TestProfile(TokenEndpointDisabledTest.ProductionLike.class)
class ConsoleWithoutSignInTest {

    @Test
    void theConsoleSettingsNameWhatIsMissing() {
        given().get("/console/config.json").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("ACCORD_CONSOLE_OIDC_ISSUER"));
    }
}
