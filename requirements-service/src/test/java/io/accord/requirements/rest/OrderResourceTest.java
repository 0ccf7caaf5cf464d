package io.accord.requirements.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accord.requirements.IdempotencyRecord;
import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ERP intake: idempotent, scoped to the calling client, readable back by the ERP's own order number. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class OrderResourceTest {

    private static final String ERP = TestTokens.machineBearer("erp-sap-01", "orders:read", "orders:write");
    private static final String OTHER_ERP = TestTokens.machineBearer("erp-kingdee-02", "orders:read", "orders:write");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOrderIsCapturedAndSubmittedOnceAndARetryReplaysTheAnswer() {
        String code = customerCode();
        String orderNo = "SO-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = order(orderNo, code, 10);

        String requirementId = post(ERP, key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("erpOrderNo", equalTo(orderNo), "status", equalTo("SUBMITTED")).extract().path("requirementId");
        post(ERP, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("requirementId", equalTo(requirementId), "status", equalTo("SUBMITTED"));

        given().header("Authorization", TestData.AUDITOR).queryParam("source", "ERP_ORDER")
                .get("/api/v1/requirements").then().body("items.externalRef", hasItem(orderNo));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + requirementId)
                .then().body("source", equalTo("ERP_ORDER"), "items[0].quantity", equalTo(10), "erpOrderNo", equalTo(orderNo));
        given().header("Authorization", ERP).get("/api/v1/orders/" + orderNo)
                .then().statusCode(200).body("requirementId", equalTo(requirementId), "status", equalTo("SUBMITTED"));
    }

    @Test
    void anAnswerStoredBeforeAnswersHadVersionsStillReplaysToARetry() throws JsonProcessingException {
        // a key and answer as the code before stored them: the request's fingerprint, the answer's JSON, no version
        String key = UUID.randomUUID().toString();
        String stored = "{\"requirementId\":\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"erpOrderNo\":\"ERP-4711/2030\","
                + "\"status\":\"SUBMITTED\",\"revision\":1,\"reviewId\":null}";
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.getEntityManager().createNativeQuery("""
                        insert into idempotency_key (client_id, idem_key, request_hash, response_status, response_body, created_at)
                        values ('erp-sap-01', ?1, 'a2ec288d3a9c0f965e4a57ed7f1a977d2c269497dcdce7912503101c1829bf96', 201, ?2, now())""")
                .setParameter(1, key).setParameter(2, stored).executeUpdate());

        // the same order, its fields in another order and the absent ones left out
        String retry = """
                {"customerCode": "ACME-01", "erpOrderNo": "ERP-4711/2030", "paymentTerms": "30 days",
                 "lines": [{"productCode": "P-100", "description": "离心泵", "quantity": 10.50, "unit": "pcs",
                            "unitPrice": 12.3400, "currency": "CNY"},
                           {"productCode": "V-7", "specification": "DN50 \\"special\\"", "quantity": 2, "unit": "m",
                            "unitPrice": 0, "currency": "EUR", "customSpecification": true}],
                 "delivery": {"dueDate": "2099-01-02", "place": "Shanghai"},
                 "services": ["INSTALLATION", "TRAINING"],
                 "requirements": [{"category": "STATUTORY", "text": "GB 150 applies"}]}
                """;
        String answer = post(ERP, key, retry).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/orders/ERP-4711/2030")).extract().asString();
        // the stored answer, word for word, with the label a person reads beside its status (in the caller's language)
        assertEquals(JSON.readTree(stored), withoutLabels(answer));
        assertEquals("submitted for review", JSON.readTree(answer).path("statusLabel").asText());

        // a new answer is stored in the same form, with its version
        String fresh = UUID.randomUUID().toString();
        String first = post(ERP, fresh, order("SO-" + UUID.randomUUID(), customerCode(), 3)).then().statusCode(201)
                .extract().asString();
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) IdempotencyRecord.getEntityManager()
                .createNativeQuery("select response_body, response_version from idempotency_key where idem_key = ?1")
                .setParameter(1, fresh).getSingleResult());
        assertEquals(withoutLabels(first), withoutLabels((String) row[0]));
        assertEquals(1, ((Number) row[1]).intValue());
    }

    /** An answer as stored: labels are written beside codes only when a response is written. */
    private static JsonNode withoutLabels(String json) throws JsonProcessingException {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        node.remove("statusLabel");
        return node;
    }

    @Test
    void twentyIdenticalRequestsAtOnceCreateOneOrder() throws Exception {
        String code = customerCode();
        String orderNo = "SO-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = order(orderNo, code, 3);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> post(ERP, key, body));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.path("requirementId"));
            }
            assertEquals(1, ids.size(), "every caller must get the one order: " + ids);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", TestData.AUDITOR).queryParam("source", "ERP_ORDER").queryParam("size", 200)
                .get("/api/v1/requirements").then()
                .body("items.findAll { it.externalRef == '" + orderNo + "' }.size()", equalTo(1));
    }

    @Test
    void refusalsAreClear() {
        String code = customerCode();
        String orderNo = "SO-" + UUID.randomUUID();
        // no key
        given().header("Authorization", ERP).contentType(ContentType.JSON).body(order(orderNo, code, 1)).post("/api/v1/orders")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("Idempotency-Key"));
        // unknown customer
        post(ERP, UUID.randomUUID().toString(), order(orderNo, "NO-SUCH-CUSTOMER", 1))
                .then().statusCode(422).body("detail", containsString("NO-SUCH-CUSTOMER"));
        // same key, another body
        String key = UUID.randomUUID().toString();
        post(ERP, key, order(orderNo, code, 1)).then().statusCode(201);
        post(ERP, key, order(orderNo, code, 2)).then().statusCode(422);
        // invalid lines
        post(ERP, UUID.randomUUID().toString(), "{\"erpOrderNo\": \"X\", \"customerCode\": \"%s\", \"lines\": []}".formatted(code))
                .then().statusCode(400).body("violations.field", hasItem("lines"));
        // the same order number under a new key is not a second order
        post(ERP, UUID.randomUUID().toString(), order(orderNo, code, 1)).then().statusCode(409);
    }

    @Test
    void aClientSeesOnlyItsOwnOrdersAndNothingElse() {
        String code = customerCode();
        String orderNo = "SO-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(ERP, key, order(orderNo, code, 1)).then().statusCode(201);

        given().header("Authorization", OTHER_ERP).get("/api/v1/orders/" + orderNo).then().statusCode(404);
        // the same key from another client is that client's own key
        post(OTHER_ERP, key, order(orderNo, code, 1)).then().statusCode(201).header("Idempotent-Replayed", "false");
        given().header("Authorization", ERP).get("/api/v1/requirements").then().statusCode(403);
        given().header("Authorization", ERP).get("/api/v1/customers").then().statusCode(403);
        given().header("Authorization", TestData.SALES).get("/api/v1/orders/" + orderNo).then().statusCode(403);
    }

    @Test
    void theErpAmendsAndDeliversByItsOrderNumber() {
        String code = customerCode();
        String orderNo = "SO-" + UUID.randomUUID();
        post(ERP, UUID.randomUUID().toString(), order(orderNo, code, 5)).then().statusCode(201);
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("""
                {"reason": "customer raised the quantity",
                 "lines": [{"productCode": "PH-200", "quantity": 8, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}]}
                """).post("/api/v1/orders/" + orderNo + "/amendments")
                .then().statusCode(200).body("revision", equalTo(2), "status", equalTo("AMENDED"));
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{\"reference\": \"DN-9\"}")
                .post("/api/v1/orders/" + orderNo + "/deliveries")
                .then().statusCode(409).body("currentState", equalTo("AMENDED"));
        given().header("Authorization", OTHER_ERP).contentType(ContentType.JSON).body("{\"reference\": \"DN-9\"}")
                .post("/api/v1/orders/" + orderNo + "/deliveries").then().statusCode(404);
    }

    static Response post(String token, String key, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/orders");
    }

    static String customerCode() {
        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        return code;
    }

    static String order(String orderNo, String customerCode, int quantity) {
        return """
                {"erpOrderNo": "%s", "customerCode": "%s",
                 "lines": [{"productCode": "PH-200", "quantity": %d, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"}}
                """.formatted(orderNo, customerCode, quantity, LocalDate.now().plusMonths(1));
    }
}
