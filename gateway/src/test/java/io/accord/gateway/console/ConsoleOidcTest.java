package io.accord.gateway.console;

import io.accord.gateway.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Production sign-in: the console is told where the identity provider is, and may call it (and only it) besides us. */
@QuarkusTest
@TestProfile(ConsoleOidcTest.WithIdentityProvider.class)
class ConsoleOidcTest {

    public static class WithIdentityProvider extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the local sign-in stays on here: a configured provider wins over it
            return Map.of("accord.gateway.console.oidc.issuer", "https://idp.example.com:8443/realms/accord",
                    "accord.gateway.console.oidc.client-id", "accord-console");
        }
    }

    @Test
    void theConsoleSignsInAtTheIdentityProvider() {
        given().get("/console/config.json").then().statusCode(200).header("Cache-Control", "no-cache")
                .body("signIn", equalTo("oidc"))
                .body("oidc.issuer", equalTo("https://idp.example.com:8443/realms/accord"))
                .body("oidc.clientId", equalTo("accord-console"))
                .body("oidc.scopes", equalTo("openid profile"));
    }

    @Test
    void thePolicyLetsTheConsoleReachTheProvidersOriginOnly() {
        given().get("/console/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("; connect-src 'self' https://idp.example.com:8443; "));
    }
}
