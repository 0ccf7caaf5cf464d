package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An ERP's amendments and deliveries by order number take an {@code Idempotency-Key} as its order intake does: the
 * same key with the same body is answered as the first time and changes nothing again; the same key with another
 * body (or for another kind of request) is refused with 422. Without a key they work as they always did.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class OrderFollowUpIdempotencyTest {

    private static final String ERP = TestTokens.machineBearer("erp-sap-07", "orders:read", "orders:write");
    private static final String AMENDMENT = """
            {"reason": "customer raised the quantity",
             "lines": [{"productCode": "PH-200", "quantity": 8, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}]}
            """;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRetriedDeliveryIsAnsweredAgainAndDeliversNothingTwice() {
        String orderNo = "SO-" + UUID.randomUUID();
        String id = OrderResourceTest.post(ERP, UUID.randomUUID().toString(), OrderResourceTest.order(orderNo,
                OrderResourceTest.customerCode(), 5)).then().statusCode(201).extract().path("requirementId");
        TestData.approve(bootstrap, id, 1);
        String key = UUID.randomUUID().toString();
        String partial = "{\"lines\": [{\"productCode\": \"PH-200\", \"quantity\": 3}], \"reference\": \"DN-1\"}";

        post(key, orderNo, "deliveries", partial).statusCode(200).header("Idempotent-Replayed", "false")
                .body("status", equalTo("ACCEPTED"));
        post(key, orderNo, "deliveries", partial).statusCode(200).header("Idempotent-Replayed", "true")
                .body("status", equalTo("ACCEPTED"), "requirementId", equalTo(id));
        post(key, orderNo, "deliveries", partial.replace("3", "2")).statusCode(422)
                .body("detail", containsString("already used with a different body"));
        post(key, orderNo, "amendments", AMENDMENT).statusCode(422);
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id).then()
                .body("deliveries.size()", equalTo(1), "deliveryProgress[0].outstanding", equalTo(2));

        // without a key, as before keys were taken here: each request is a delivery of its own
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{\"reference\": \"DN-2\"}")
                .post("/api/v1/orders/" + orderNo + "/deliveries").then().statusCode(200).header("Idempotent-Replayed", "false");
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id).then()
                .body("deliveries.size()", equalTo(2), "deliveries[1].lines[0].quantity", equalTo(2));
    }

    @Test
    void aRetriedAmendmentIsAnsweredAgainAndMakesNoSecondRevision() {
        String orderNo = "SO-" + UUID.randomUUID();
        String id = OrderResourceTest.post(ERP, UUID.randomUUID().toString(), OrderResourceTest.order(orderNo,
                OrderResourceTest.customerCode(), 5)).then().statusCode(201).extract().path("requirementId");
        String key = UUID.randomUUID().toString();

        post(key, orderNo, "amendments", AMENDMENT).statusCode(200).header("Idempotent-Replayed", "false")
                .body("revision", equalTo(2));
        post(key, orderNo, "amendments", AMENDMENT).statusCode(200).header("Idempotent-Replayed", "true")
                .body("revision", equalTo(2));
        post(key, orderNo, "amendments", AMENDMENT.replace("8", "9")).statusCode(422);
        post("k".repeat(201), orderNo, "amendments", AMENDMENT).statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions").then()
                .statusCode(200).body("size()", equalTo(2));
    }

    private static ValidatableResponse post(String key, String orderNo, String what, String body) {
        return given().header("Authorization", ERP).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders/" + orderNo + "/" + what).then();
    }
}
