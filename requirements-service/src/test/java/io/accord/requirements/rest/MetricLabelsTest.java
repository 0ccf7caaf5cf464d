package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.infra.web.RouteTemplateHeader;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** ERP order numbers (and whatever else is in a path) never become metric labels: the route template does. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class MetricLabelsTest {

    private static final String ERP = TestTokens.machineBearer("erp-sap-01", "orders:read", "orders:write");

    @Test
    void anOrderNumberInThePathIsLabelledWithTheTemplate() {
        String orderNo = "ERP-SECRET-" + UUID.randomUUID();
        given().header("Authorization", ERP).get("/api/v1/orders/" + orderNo).then().statusCode(404);
        given().get("/api/v1/orders/" + orderNo).then().statusCode(401);
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/" + orderNo + "/deliveries").then().statusCode(greaterThanOrEqualTo(400));
        // a method no resource has for that path matched no template: a bounded name, not the path
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/orders/" + orderNo).then().statusCode(405);

        String metrics = ManagementInterface.metrics();
        assertThat(metrics, not(containsString(orderNo)));
        assertThat(metrics, containsString("uri=\"/api/v1/orders/{erpOrderNo}\""));
    }

    @Test
    void theAnswerNamesTheTemplateItMatchedForTheGatewaysMetrics() {
        String orderNo = "ERP-" + UUID.randomUUID();
        given().header("Authorization", ERP).get("/api/v1/orders/" + orderNo).then().statusCode(404)
                .header(RouteTemplateHeader.HEADER, "/api/v1/orders/{erpOrderNo}");
        given().get("/api/v1/orders/" + orderNo).then().statusCode(401)
                .header(RouteTemplateHeader.HEADER, "/api/v1/orders/{erpOrderNo}");
        // nothing matched, nothing to name
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/orders/" + orderNo).then().statusCode(405).header(RouteTemplateHeader.HEADER, nullValue());
        given().header("Authorization", ERP).get("/api/v1/no-such-thing/" + orderNo).then().statusCode(404)
                .header(RouteTemplateHeader.HEADER, nullValue());
    }
}
