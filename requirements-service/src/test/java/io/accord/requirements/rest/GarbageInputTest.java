package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.GarbageInput;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;

/** Malformed, mistyped and hostile input at every endpoint: the answer is always a 4xx problem. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class GarbageInputTest {

    @Test
    void noEndpointAnswersGarbageWithA5xx() {
        String customer = TestData.newCustomer();
        String requirement = TestData.capture(customer);
        String property = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"kind\": \"DATA\", \"description\": \"CAD files\", \"quantity\": 1}"
                        .formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "SALES", "AUDITOR", "QUALITY"),
                List.of(new String[]{"POST", "/api/v1/customers"},
                        new String[]{"POST", "/api/v1/requirements/" + requirement + "/confirmations"},
                        new String[]{"POST", "/api/v1/requirements/" + requirement + "/amendments"},
                        new String[]{"POST", "/api/v1/requirements/" + requirement + "/discrepancies/PRICE:X/resolution"},
                        new String[]{"POST", "/api/v1/requirements/" + requirement + "/deliveries"},
                        new String[]{"POST", "/api/v1/customer-property"},
                        new String[]{"POST", "/api/v1/customer-property/" + property + "/verification"},
                        new String[]{"POST", "/api/v1/customer-property/" + property + "/incidents"},
                        new String[]{"POST", "/api/v1/customer-property/" + property + "/incidents/x/customer-notification"},
                        new String[]{"POST", "/api/v1/customer-property/" + property + "/return"},
                        new String[]{"PATCH", "/api/v1/customers/" + customer},
                        new String[]{"PATCH", "/api/v1/customers/not-a-uuid"},
                        new String[]{"POST", "/api/v1/requirements"},
                        new String[]{"POST", "/api/v1/requirements/" + requirement + "/submission"},
                        new String[]{"POST", "/api/v1/requirements/not-a-uuid/submission"}),
                List.of("/api/v1/customers/not-a-uuid", "/api/v1/requirements/123", "/api/v1/requirements?status=NOPE",
                        "/api/v1/requirements?from=yesterday", "/api/v1/customers?page=-1", "/api/v1/requirements?size=abc",
                        "/api/v1/requirements/" + requirement + "/history/x", "/api/v1/nothing-here",
                        "/api/v1/customers/" + customer + "/history", "/api/v1/requirements?customerId=%zz",
                        "/api/v1/requirements/" + requirement + "/revisions/abc", "/api/v1/requirements/" + requirement + "/revisions/0/diff",
                        "/api/v1/customer-property?status=SOLD", "/api/v1/customer-property/1/history"));
        // the order API takes machine clients' tokens only
        GarbageInput.assertNoServerErrors(TestTokens.machineBearer("erp-garbage", "orders:read", "orders:write"),
                List.of(new String[]{"POST", "/api/v1/orders"},
                        new String[]{"POST", "/api/v1/orders/SO-1/amendments"},
                        new String[]{"POST", "/api/v1/orders/SO-1/deliveries"}),
                List.of("/api/v1/orders/nope", "/api/v1/orders/%zz", "/api/v1/orders/" + "x".repeat(300)));
        // the cancellation last: it ends the record the other endpoints above were probed on
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "SALES"),
                List.<String[]>of(new String[]{"POST", "/api/v1/requirements/" + requirement + "/cancellation"}), List.of());
    }
}
