package io.accord.e2e;

import io.accord.testsupport.RawHttp;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge against the real services, as an attacker would try it: oversized bodies cannot take a service offline,
 * a forged Host header names nothing, and paths that climb out of where they point are refused and logged.
 */
class EdgeIT {

    private static int gatewayPort;

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
        gatewayPort = URI.create(AccordSuite.gateway()).getPort();
    }

    @Test
    void oversizedBodiesAre413AndTheServiceStaysAvailableToEveryoneElse() throws Exception {
        String mallory = AccordSuite.token("mallory", "SALES");
        byte[] body = new byte[2 * 1024 * 1024 + 17];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 10; i++) {
            AccordSuite.as(mallory).contentType(ContentType.JSON).body(body).post("/api/v1/requirements")
                    .then().statusCode(413).contentType("application/problem+json");
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(AccordSuite.gateway() + "/api/v1/requirements"))
                    .header("Authorization", "Bearer " + mallory).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
        }
        AccordSuite.as(AccordSuite.token("li.na", "SALES")).get("/api/v1/requirements").then().statusCode(200);
    }

    @Test
    void aForgedHostHeaderDoesNotBecomeTheLocationOfWhatIsCreated() {
        String sales = AccordSuite.token("li.na", "SALES");
        String json = "{\"code\": \"EDGE-%s\", \"name\": \"Host Header Ltd\"}".formatted(UUID.randomUUID().toString().substring(0, 8));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.exchange(gatewayPort, ("POST /api/v1/customers HTTP/1.1\r\nHost: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\nAuthorization: Bearer " + sales + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.header("Location").startsWith(AccordSuite.gateway() + "/api/v1/customers/"), answer.header("Location"));
    }

    private static boolean accessLogged(String requestId, String path, String status) throws IOException {
        for (String line : Files.readAllLines(AccordSuite.app("gateway").log())) {
            if (line.startsWith("{") && line.contains(requestId)) {
                JsonPath record = new JsonPath(line);
                if ("accord.access".equals(record.getString("loggerName")) && status.equals(record.getString("mdc.status"))
                        && path.equals(record.getString("mdc.path"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void pathsThatClimbOutAreRefusedAndShowInTheAccessLogAsRouted() throws IOException {
        String requestId = "edge-" + UUID.randomUUID();
        RawHttp.Answer answer = RawHttp.get(gatewayPort, "/q/../api/v1/customers", "X-Request-Id: " + requestId);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        // the refused request is in the gateway's access log, with the path it resolves to
        await().atMost(Duration.ofSeconds(10)).until(() -> accessLogged(requestId, "/api/v1/customers", "400"));
        // the encoded form is refused just the same
        given().urlEncodingEnabled(false).get("/api/v1/requirements/%2e%2e/customers").then().statusCode(400)
                .body("status", equalTo(400));
    }
}
