package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** ERP order numbers (and whatever else is in a path) never become metric labels: the route template does. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class MetricLabelsTest {

    private static final String ERP = TestTokens.bearer("erp-sap-01", "ERP_CLIENT");

    @TestHTTPResource
    URL server;

    @Test
    void anOrderNumberInThePathIsLabelledWithTheTemplate() {
        String orderNo = "ERP-SECRET-" + UUID.randomUUID();
        given().header("Authorization", ERP).get("/api/v1/orders/" + orderNo).then().statusCode(404);
        given().get("/api/v1/orders/" + orderNo).then().statusCode(401);
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/orders/" + orderNo + "/deliveries").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));

        String metrics = ManagementInterface.metrics();
        assertThat(metrics, not(containsString(orderNo)));
        assertThat(metrics, containsString("uri=\"/api/v1/orders/{erpOrderNo}\""));
    }

    @Test
    void aClientThatHangsUpMidBodyLeavesNoPathInTheLabels() throws Exception {
        // the server sees the headers, then the connection closes: the request is counted as RESET
        String secret = "ERP-SECRET-" + UUID.randomUUID();
        for (String path : new String[] {"/api/v1/orders/" + secret + "/amendments", "/api/v1/x-attacker-" + secret}) {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ERP
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\": [")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ManagementInterface.metrics(),
                containsString("status=\"RESET\",uri=\"/api/v1/orders/{erpOrderNo}/amendments\"")));
        assertThat(ManagementInterface.metrics(), not(containsString(secret)));
    }
}
