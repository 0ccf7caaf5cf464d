package io.accord.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ERP system as a machine client, through the real gateway to the real requirements-service: an administrator
 * registers it, the ERP posts and reads back an order with its API key only, another client cannot see that
 * order, and a revoked key stops working at once. The request's id shows up in the JSON access log of the gateway
 * and of the service.
 */
class MachineClientIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void anErpOrdersWithItsKeyAndLosesAccessWhenRevoked() {
        String admin = "Bearer " + AccordSuite.token("ada.admin", "ADMIN");
        String sales = "Bearer " + AccordSuite.token("li.na", "SALES");
        String code = "ERP-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", sales).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Keyed Customer\"}".formatted(code)).post("/api/v1/customers")
                .then().statusCode(201);
        JsonPath acme = register(admin, "erp-acme-" + code);
        String key = acme.getString("apiKey");
        String orderNo = "PO-" + code;
        String requestId = "e2e-" + UUID.randomUUID();

        String requirementId = given().header("X-API-Key", key).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Request-Id", requestId).contentType(ContentType.JSON).body("""
                        {"erpOrderNo": "%s", "customerCode": "%s",
                         "lines": [{"productCode": "PH-200", "quantity": 5, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                         "delivery": {"dueDate": "%s", "place": "Wuxi"}}
                        """.formatted(orderNo, code, LocalDate.now().plusMonths(1)))
                .post("/api/v1/orders").then().statusCode(201).header("X-Request-Id", requestId)
                .body("erpOrderNo", equalTo(orderNo)).extract().path("requirementId");
        given().header("X-API-Key", key).get("/api/v1/orders/" + orderNo)
                .then().statusCode(200).body("requirementId", equalTo(requirementId));

        // the key opens nothing but the order API; another machine client does not see this ERP's orders
        given().header("X-API-Key", key).get("/api/v1/requirements/" + requirementId).then().statusCode(403);
        String other = register(admin, "erp-other-" + code).getString("apiKey");
        given().header("X-API-Key", other).get("/api/v1/orders/" + orderNo).then().statusCode(404);

        given().header("Authorization", admin).delete("/api/v1/api-clients/" + acme.getString("id")).then().statusCode(204);
        given().header("X-API-Key", key).get("/api/v1/orders/" + orderNo).then().statusCode(401)
                .contentType("application/problem+json");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertTrue(accessLogged("gateway", requestId), "the gateway's access log names the request id");
            assertTrue(accessLogged("requirements-service", requestId), "the service's access log names the request id");
        });
    }

    private static JsonPath register(String admin, String name) {
        return given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "scopes", List.of("orders:read", "orders:write"))).post("/api/v1/api-clients")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A JSON log record from the access log of that app, for that request id, on the order API. */
    private static boolean accessLogged(String app, String requestId) throws IOException {
        for (String line : Files.readAllLines(AccordSuite.app(app).log())) {
            if (line.startsWith("{") && line.contains(requestId)) {
                JsonPath record = new JsonPath(line);
                if ("accord.access".equals(record.getString("loggerName")) && requestId.equals(record.getString("mdc.requestId"))
                        && "/api/v1/orders".equals(record.getString("mdc.path")) && "201".equals(record.getString("mdc.status"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
