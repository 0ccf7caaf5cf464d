package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** X-Forwarded-* count only from the gateway's addresses: from anyone else they name nothing. */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.GatewayElsewhere.class)
class ForwardedHeadersTest {

    public static class GatewayElsewhere extends RequirementsTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the test client (127.0.0.1) is not the gateway here
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.9.9.9");
        }
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNotTheGatewayAreIgnored() {
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").contentType("application/json")
                .body(Map.of("code", "FWD-" + UUID.randomUUID().toString().substring(0, 8), "name", "Forwarded Ltd"))
                .post("/api/v1/customers")
                .then().statusCode(201).header("Location", not(containsString("evil.example")))
                .header("Location", containsString("/api/v1/customers/"));
    }
}
