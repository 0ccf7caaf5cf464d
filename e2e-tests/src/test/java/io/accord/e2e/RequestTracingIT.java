package io.accord.e2e;

import io.accord.testsupport.KafkaTestBroker;
import io.accord.testsupport.KafkaTestClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from a caller's request to the work it causes in another service, with the real processes: a submission
 * sent to the gateway with a known W3C {@code traceparent}, the {@code requirement.submitted} event the
 * requirements-service writes in that request, and the {@code review.opened} event the review-service writes while
 * applying it all carry that trace id (Kafka header and CloudEvents extension), and the services' log lines of the
 * request name it. Sampling is off here (no collector; see README, "Tracing"): the trace id travels all the same.
 */
class RequestTracingIT {

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void aSubmissionAndTheReviewItOpensShareTheCallersTraceId() throws IOException {
        String sales = AccordSuite.token("li.na", "SALES");
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");
        String customer = AccordSuite.as(sales).contentType(ContentType.JSON)
                .body("{\"code\": \"TRACE-%s\", \"name\": \"Traced Pumps\"}".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String requirement = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "ORDER", "title": "Traced pump housings",
                 "items": [{"productCode": "PH-300", "quantity": 10, "unit": "pcs", "unitPrice": "20.00", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"},
                 "requirements": [{"category": "STATED", "text": "pressure tested to 2 MPa"}]}
                """.formatted(customer, LocalDate.now().plusMonths(2)))
                .post("/api/v1/requirements").then().statusCode(201).extract().path("id");

        String traceId = random(16);
        String requestId = "trace-" + traceId;
        AccordSuite.as(sales).header("traceparent", "00-" + traceId + "-" + random(8) + "-01").header("X-Request-Id", requestId)
                .post("/api/v1/requirements/" + requirement + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // the requirements-service wrote requirement.submitted in the request's transaction, in the request's trace
        ConsumerRecord<String, String> submitted = record("accord.requirements",
                r -> requirement.equals(r.key()) && r.value().contains("\"accord.requirement.submitted\""));
        assertEquals(traceId, traceIdOf(submitted));

        // the review-service opened the review while applying that event, and its own event continues the trace
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).queryParam("requirementId", requirement)
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(1)));
        String review = AccordSuite.as(auditor).queryParam("requirementId", requirement).get("/api/v1/reviews").path("items[0].id");
        ConsumerRecord<String, String> opened = record("accord.reviews",
                r -> review.equals(r.key()) && r.value().contains("\"accord.review.opened\""));
        assertEquals(traceId, traceIdOf(opened), "review.opened belongs to the trace of the submission that caused it");

        // the log lines of the request carry the trace id too, at the gateway and in the service
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertTrue(accessLogged("gateway", requestId, traceId), "the gateway's access log names the trace id");
            assertTrue(accessLogged("requirements-service", requestId, traceId), "the service's access log names the trace id");
        });
    }

    /** The trace id of a record's traceparent header, after checking its envelope carries the same trace context. */
    private static String traceIdOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("traceparent");
        assertNotNull(header, "no traceparent header on " + record.value());
        String traceparent = new String(header.value(), StandardCharsets.UTF_8);
        assertEquals(traceparent, new JsonPath(record.value()).getString("traceparent"), "CloudEvents extension");
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
        return traceparent.substring(3, 35);
    }

    private static ConsumerRecord<String, String> record(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> read = KafkaTestClient.readUntil(KafkaTestBroker.bootstrapServers(), topic, match,
                Duration.ofSeconds(60));
        return read.stream().filter(match).findFirst().orElseThrow();
    }

    /** A JSON access-log record of that app for that request, with the trace id among its mdc fields. */
    private static boolean accessLogged(String app, String requestId, String traceId) throws IOException {
        for (String line : Files.readAllLines(AccordSuite.app(app).log())) {
            if (line.startsWith("{") && line.contains(requestId)) {
                JsonPath record = new JsonPath(line);
                if ("accord.access".equals(record.getString("loggerName")) && traceId.equals(record.getString("mdc.traceId"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Random lower-case hex of that many bytes (a W3C trace id is 16, a span id 8). */
    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
