package io.accord.gateway.security;

import io.accord.gateway.GatewayTestProfile;
import io.accord.gateway.proxy.StubService;
import io.accord.infra.hashing.Sha256;
import io.accord.testsupport.FreePorts;
import io.accord.testsupport.TestDatabases;
import io.accord.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Machine clients end to end at the gateway: registration, key exchange towards a stand-in service, scopes, revocation. */
@QuarkusTest
@TestProfile(MachineClientsTest.WithOrderService.class)
class MachineClientsTest {

    static final int REQUIREMENTS_PORT = FreePorts.pick();
    static StubService requirements;
    static final String ADMIN = TestTokens.bearer("ada.admin", "ADMIN");

    public static class WithOrderService extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.gateway.services.requirements.url", "http://127.0.0.1:" + REQUIREMENTS_PORT);
        }
    }

    @BeforeAll
    static void startService() throws Exception {
        requirements = new StubService("requirements", REQUIREMENTS_PORT);
    }

    @AfterAll
    static void stopService() throws Exception {
        requirements.close();
    }

    private static JsonPath register(String name, String... scopes) {
        return given().header("Authorization", ADMIN).contentType("application/json")
                .body(Map.of("name", name, "scopes", List.of(scopes))).post("/api/v1/api-clients")
                .then().statusCode(201).header("Location", containsString("/api/v1/api-clients/"))
                .header("Cache-Control", "no-store").body("apiKey", startsWith("acc_")).body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
    }

    @Test
    void theKeyIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        JsonPath created = register("erp-acme", "orders:read", "orders:write");
        String key = created.getString("apiKey");
        String id = created.getString("id");
        given().header("Authorization", ADMIN).get("/api/v1/api-clients/" + id)
                .then().statusCode(200).body("name", equalTo("erp-acme")).body("apiKey", nullValue())
                .body("keyPrefix", equalTo(key.substring(0, 10))).body("createdBy", equalTo("ada.admin"));
        given().header("Authorization", TestTokens.bearer("ann.auditor", "AUDITOR")).get("/api/v1/api-clients?name=erp-acme")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.apiKey", everyItem(nullValue()));
        try (Connection db = DriverManager.getConnection(TestDatabases.jdbcUrl("accord_gateway_test"), TestDatabases.user(),
                TestDatabases.password());
             ResultSet row = db.createStatement().executeQuery("select * from api_client where id = '" + id + "'")) {
            assertTrue(row.next());
            String stored = row.getString("key_hash");
            assertEquals(Sha256.hex(key), stored);
            for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                assertFalse(String.valueOf(row.getString(c)).contains(key.substring(10)), "the key must not be stored");
            }
        }
    }

    @Test
    void onlyAdministratorsRegisterAndRevoke() {
        given().contentType("application/json").body(Map.of("name", "x", "scopes", List.of("orders:read")))
                .post("/api/v1/api-clients").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("sam.sales", "SALES")).contentType("application/json")
                .body(Map.of("name", "x", "scopes", List.of("orders:read"))).post("/api/v1/api-clients")
                .then().statusCode(403).contentType("application/problem+json");
        String id = register("erp-guarded", "orders:read").getString("id");
        given().header("Authorization", TestTokens.bearer("ann.auditor", "AUDITOR")).delete("/api/v1/api-clients/" + id)
                .then().statusCode(403);
    }

    @Test
    void badRegistrationsNameTheField() {
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(Map.of("name", "erp-x", "scopes", List.of("orders:read", "everything")))
                .post("/api/v1/api-clients").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("scopes")).body("detail", containsString("everything"));
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(Map.of("name", "no spaces please", "scopes", List.of())).post("/api/v1/api-clients")
                .then().statusCode(400).body("violations.field", hasItem("name")).body("violations.field", hasItem("scopes"));
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"name\": ").post("/api/v1/api-clients")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aKeyIsExchangedForAnInternalErpTokenOnTheOrderApi() {
        JsonPath created = register("erp-beta", "orders:read", "orders:write");
        JsonPath echo = given().header("X-API-Key", created.getString("apiKey")).contentType("application/json").body("{}")
                .post("/api/v1/orders").then().statusCode(200).body("service", equalTo("requirements"))
                .body("apiKey", nullValue()).body("authorization", startsWith("Bearer ")).extract().jsonPath();
        Map<String, Object> claims = claims(echo.getString("authorization").substring(7));
        assertEquals(List.of("ERP_CLIENT"), claims.get("groups"));
        assertEquals("erp-beta", claims.get("upn"));
        assertEquals(created.getString("id"), claims.get("client_id"));
        // the machine issuer and audience: the services honour ERP_CLIENT from there only, and check the scope again
        assertEquals(TestTokens.MACHINE_ISSUER, claims.get("iss"));
        assertEquals(TestTokens.MACHINE_AUDIENCE, claims.get("aud"));
        assertEquals("orders:read orders:write", claims.get("scope"));
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertTrue(lifetime <= 120, "the internal token is short-lived, was " + lifetime + " s");
        given().header("X-API-Key", created.getString("apiKey")).get("/api/v1/orders/PO-1")
                .then().statusCode(200).body("uri", equalTo("/api/v1/orders/PO-1"));
    }

    @Test
    void aKeyReachesTheOrderApiAndNothingElse() {
        String key = register("erp-gamma", "orders:read", "orders:write").getString("apiKey");
        for (String path : new String[] {"/api/v1/requirements", "/api/v1/customers", "/api/v1/reviews", "/api/v1/events",
                "/api/v1/api-clients", "/api/v1/customers/00000000-0000-0000-0000-000000000001/overview", "/api/v1/ordersX"}) {
            given().header("X-API-Key", key).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("/api/v1/orders"));
        }
        given().header("X-API-Key", key).header("Authorization", ADMIN).get("/api/v1/orders/PO-1")
                .then().statusCode(400).contentType("application/problem+json");
        // no climbing out of /orders with dot segments, plain or escaped
        for (String sneaky : new String[] {"/api/v1/orders/../events", "/api/v1/orders/%2e%2e/requirements",
                "/api/v1/orders/..%2Fcustomers"}) {
            given().urlEncodingEnabled(false).header("X-API-Key", key).get(sneaky).then().statusCode(oneOf(400, 403))
                    .contentType("application/problem+json");
        }
        assertEquals(0, requirements.requestsFor("/api/v1/events")
                + requirements.requestsFor("/api/v1/requirements") + requirements.requestsFor("/api/v1/customers"));
    }

    @Test
    void theEdgeLetsOnlyTokensMeantForAccordThrough() {
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).get("/api/v1/customer-property")
                .then().statusCode(200);
        long before = requirements.requestsFor("/api/v1/customer-property");
        for (String foreign : new String[] {TestTokens.bearer(TestTokens.person("li.na", "SALES").audience("other")),
                TestTokens.bearer(TestTokens.person("li.na", "SALES").audience(Set.of())),
                TestTokens.bearer(TestTokens.machine("erp-x", "orders:read").audience("accord"))}) {
            given().header("Authorization", foreign).get("/api/v1/customer-property").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        assertEquals(before, requirements.requestsFor("/api/v1/customer-property"), "refused tokens must not reach the service");
    }

    @Test
    void scopesLimitWhatAKeyMayDo() {
        String reader = register("erp-reader", "orders:read").getString("apiKey");
        given().header("X-API-Key", reader).get("/api/v1/orders/PO-7").then().statusCode(200);
        given().header("X-API-Key", reader).contentType("application/json").body("{}").post("/api/v1/orders")
                .then().statusCode(403).body("detail", containsString("orders:write"));
    }

    @Test
    void unknownAndRevokedKeysAreRefusedAtOnce() {
        given().header("X-API-Key", "acc_not-a-real-key").get("/api/v1/orders/PO-1")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("ApiKey"));
        JsonPath created = register("erp-delta", "orders:read");
        String key = created.getString("apiKey");
        String id = created.getString("id");
        given().header("X-API-Key", key).get("/api/v1/orders/PO-1").then().statusCode(200);
        given().header("Authorization", ADMIN).delete("/api/v1/api-clients/" + id).then().statusCode(204);
        given().header("X-API-Key", key).get("/api/v1/orders/PO-1").then().statusCode(401);
        // revoking again changes nothing; an unknown client is 404
        given().header("Authorization", ADMIN).delete("/api/v1/api-clients/" + id).then().statusCode(204);
        given().header("Authorization", ADMIN).delete("/api/v1/api-clients/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", ADMIN).get("/api/v1/api-clients/" + id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedBy", equalTo("ada.admin"))
                .body("revokedAt", notNullValue());
        given().header("Authorization", ADMIN).get("/api/v1/api-clients/" + id + "/history")
                .then().statusCode(200).body("action", equalTo(List.of("registered", "revoked")));
        given().header("Authorization", ADMIN).get("/api/v1/api-clients/" + id + "/history/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void anInternalTokenSentFromOutsideIsRefused() {
        // only the gateway mints these, for a key it has just checked: replayed, one would outlive the key's revocation
        given().header("Authorization", TestTokens.machineBearer("erp-acme", "orders:read", "orders:write"))
                .get("/api/v1/orders/PO-1").then().statusCode(401).contentType("application/problem+json");
        assertEquals(0, requirements.requestsFor("/api/v1/orders/PO-1") - ordersReachedBefore);
    }

    private long ordersReachedBefore;

    @BeforeEach
    void countOrders() {
        ordersReachedBefore = requirements.requestsFor("/api/v1/orders/PO-1");
    }

    @Inject
    MeterRegistry metrics;

    private double lookups(String outcome) {
        var counter = metrics.find(MachineClientGate.LOOKUPS).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void anUnknownKeyIsLookedUpOnceAndThenRefusedFromMemory() {
        double before = lookups("unknown");
        String guess = "acc_" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            given().header("X-API-Key", guess).get("/api/v1/orders/PO-1").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        assertEquals(before + 1, lookups("unknown"), "one database look-up for five tries of the same unknown key");
        // a key no issued key could be is refused without any look-up
        given().header("X-API-Key", "acc_" + "x".repeat(500)).get("/api/v1/orders/PO-1").then().statusCode(401);
        assertEquals(before + 1, lookups("unknown"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return new JsonPath(payload).getMap("");
    }

}
