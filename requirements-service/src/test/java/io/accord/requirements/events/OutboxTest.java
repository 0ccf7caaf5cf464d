package io.accord.requirements.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox against the real broker: what committed is published, in a CloudEvents envelope; nothing else is. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class OutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RollbackProbe probe;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void submittedEventCarriesWhatTheReviewNeeds() throws Exception {
        String customer = TestData.newCustomer();
        String id = TestData.capture(customer);
        String traceId = id.replace("-", "");
        given().header("Authorization", TestData.SALES).header("X-Request-Id", "req-" + id)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post("/api/v1/requirements/" + id + "/submission").then().statusCode(200);

        Predicate<ConsumerRecord<String, String>> submitted =
                r -> id.equals(r.key()) && r.value().contains("accord.requirement.submitted");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC,
                submitted, Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(submitted).findFirst().orElseThrow();
        JsonNode event = JSON.readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("/accord/requirements-service", event.get("source").asText());
        assertEquals(id, event.get("subject").asText());
        assertEquals("li.na", event.get("actor").asText());
        assertEquals("req-" + id, event.get("correlationid").asText());
        assertEquals("application/json", event.get("datacontenttype").asText());
        assertNotNull(event.get("time"));
        JsonNode data = event.get("data");
        assertEquals(1, data.get("revision").asInt());
        assertEquals("CONTRACT_DRAFT", data.get("source").asText());
        assertEquals("1250.00", data.get("totalValue").asText());
        assertTrue(data.get("newCustomer").asBoolean());
        assertEquals("STATUTORY", data.get("categories").get(0).asText());
        assertEquals("PH-200", data.get("items").get(0).get("productCode").asText());
        // the request's trace goes with its event, as a record header and as the CloudEvents extension (README, "Tracing")
        String traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertTrue(traceparent.startsWith("00-" + traceId + "-"), traceparent);
        assertEquals(traceparent, event.get("traceparent").asText());
        // the captured event of the same aggregate came first: per-aggregate order
        assertTrue(records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow().value()
                .contains("accord.requirement.captured"));
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String doomed = TestData.uniqueCode();
        UUID[] registered = new UUID[1];
        assertThrows(IllegalStateException.class, () -> probe.registerThenFail(doomed, registered));
        assertEquals(0, probe.outboxRows(registered[0]), "the rolled-back change left an outbox row");
        assertEquals(0, probe.auditEntries(registered[0]), "the rolled-back change left a history entry");

        // a later committed change is published; the rolled-back one must not be ahead of it (nor anywhere)
        String marker = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(marker))
                .post("/api/v1/customers").then().statusCode(201);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(bootstrap, RequirementEventTypes.TOPIC,
                r -> r.value().contains("\"" + marker + "\""), Duration.ofSeconds(30));
        assertTrue(records.stream().noneMatch(r -> r.value().contains("\"" + doomed + "\"")),
                "an event of a rolled-back transaction was published");
        given().header("Authorization", TestData.AUDITOR).queryParam("code", doomed).get("/api/v1/customers")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
