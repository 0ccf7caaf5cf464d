package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static io.accord.requirements.rest.OrderResourceTest.customerCode;
import static io.accord.requirements.rest.OrderResourceTest.order;
import static io.accord.requirements.rest.OrderResourceTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * Which token counts for what (issue 9.3): people's tokens must be meant for Accord (audience), {@code ERP_CLIENT}
 * counts only in the gateway's machine tokens, and a machine token is worth exactly the scope it carries.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class TokenTrustTest {

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefusedWith401() {
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).get("/api/v1/customers").then().statusCode(200);
        for (String foreign : new String[] {
                TestTokens.bearer(TestTokens.person("li.na", "SALES").audience("other")),
                TestTokens.bearer(TestTokens.person("li.na", "SALES").audience(Set.of())),
                // a machine token's audience is not the people's API, and a person's token cannot borrow it
                TestTokens.bearer(TestTokens.machine("erp-x", "orders:read").audience(TestTokens.AUDIENCE)),
                TestTokens.bearer(TestTokens.person("li.na", "SALES").audience(TestTokens.MACHINE_AUDIENCE))}) {
            given().header("Authorization", foreign).get("/api/v1/customers")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", TestTokens.bearer(TestTokens.machine("erp-x", "orders:read").audience(TestTokens.AUDIENCE)))
                .get("/api/v1/orders/SO-1").then().statusCode(401).contentType("application/problem+json");
    }

    /**
     * 403, not 401: the token is genuine and names a person, who is simply not a machine client. Its ERP_CLIENT
     * claim is ignored like any role the issuer cannot vouch for, and the person's other roles still count.
     */
    @Test
    void aPersonsTokenClaimingTheMachineRoleCannotUseTheOrderApi() {
        String pretender = TestTokens.bearer("li.na", "SALES", "ERP_CLIENT");
        given().header("Authorization", pretender).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(order("SO-" + UUID.randomUUID(), customerCode(), 1)).post("/api/v1/orders")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", pretender).get("/api/v1/orders/SO-1").then().statusCode(403);
        given().header("Authorization", pretender).get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    void aMachineTokenIsWorthExactlyItsScopes() {
        String code = customerCode();
        String orderNo = "SO-" + UUID.randomUUID();
        String reader = TestTokens.machineBearer("erp-scoped", "orders:read");
        String writer = TestTokens.machineBearer("erp-scoped", "orders:write");

        post(reader, UUID.randomUUID().toString(), order(orderNo, code, 1)).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", reader).get("/api/v1/orders/" + orderNo).then().statusCode(404);
        post(writer, UUID.randomUUID().toString(), order(orderNo, code, 1)).then().statusCode(201);
        given().header("Authorization", writer).get("/api/v1/orders/" + orderNo).then().statusCode(403);
        given().header("Authorization", reader).get("/api/v1/orders/" + orderNo).then().statusCode(200);
        given().header("Authorization", writer).contentType(ContentType.JSON).body("{\"reference\": \"DN-1\"}")
                .post("/api/v1/orders/" + orderNo + "/deliveries").then().statusCode(409);
        given().header("Authorization", TestTokens.machineBearer("erp-scoped")).get("/api/v1/orders/" + orderNo)
                .then().statusCode(403);
    }

    @Test
    void aMachineTokenGetsNothingBeyondTheMachineRoleWhateverItsGroupsSay() {
        String inflated = TestTokens.bearer(TestTokens.machine("erp-greedy", "orders:read", "orders:write")
                .groups(Set.of("ERP_CLIENT", "ADMIN", "SALES", "AUDITOR")));
        given().header("Authorization", inflated).get("/api/v1/customers").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", inflated).contentType(ContentType.JSON).body(TestData.customerBody(TestData.uniqueCode()))
                .post("/api/v1/customers").then().statusCode(403);
        given().header("Authorization", inflated).get("/api/v1/customer-property").then().statusCode(403);
        // and it still works as the machine client it is
        given().header("Authorization", inflated).get("/api/v1/orders/SO-none").then().statusCode(404)
                .body("detail", containsString("SO-none"));
    }
}
