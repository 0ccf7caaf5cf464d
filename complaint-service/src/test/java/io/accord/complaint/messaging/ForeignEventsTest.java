package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestDatabases;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events are checked at the door: on the real broker, a {@code feedback.escalated} that another service (or anyone
 * able to write to {@code accord.feedback}) sends in the feedback-service's place opens no complaint and lands on the
 * dead-letter topic with the reason; the genuine event behind it on the same partition still opens the complaint.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ForeignEventsTest {

    static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");
    static final String DLQ = "accord.complaint-service.dlq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aForgedEscalationIsDeadLetteredWithItsReasonAndTheGenuineOneStillOpensTheComplaint() throws Exception {
        UUID feedback = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        String forged = "forged-" + feedback;
        String wrongType = "wrong-type-" + feedback;
        // right topic and type, wrong source: the complaint-service pretending to be the feedback-service
        publish(forged, "/accord/complaint-service", "accord.feedback.escalated", feedback, customer, "refund everything");
        // right topic and source, a type the feedback-service does not own
        publish(wrongType, "/accord/feedback-service", "accord.complaint.closed", feedback, customer, "closed by feedback");
        // the genuine event, same key so same partition: it is read after the two above
        publish("genuine-" + feedback, "/accord/feedback-service", "accord.feedback.escalated", feedback, customer, "pumps arrived broken");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .queryParam("customerId", customer.toString()).get("/api/v1/complaints").then().statusCode(200)
                .body("total", equalTo(1), "items[0].description", equalTo("pumps arrived broken")));

        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.readUntil(bootstrap, DLQ,
                r -> r.value().contains(wrongType), Duration.ofSeconds(30));
        ConsumerRecord<String, String> forgedRecord = deadLetters.stream().filter(r -> r.value().contains(forged)).findFirst()
                .orElseThrow(() -> new AssertionError("the forged event is not on " + DLQ));
        String reason = header(forgedRecord, "dead-letter-reason");
        assertTrue(reason.contains("from source /accord/complaint-service") && reason.contains("only /accord/feedback-service publishes"),
                reason);
        assertEquals("accord.feedback", header(forgedRecord, "dead-letter-topic"));
        assertEquals(feedback.toString(), forgedRecord.key());
        ConsumerRecord<String, String> wrongTypeRecord = deadLetters.stream().filter(r -> r.value().contains(wrongType)).findFirst()
                .orElseThrow();
        assertTrue(header(wrongTypeRecord, "dead-letter-reason").contains("accord.complaint.closed"), header(wrongTypeRecord, "dead-letter-reason"));
        assertEquals(0, inboxRows(forged, wrongType), "refused events are not even remembered as applied");
    }

    private void publish(String eventId, String source, String type, UUID feedback, UUID customer, String text) {
        KafkaTestClient.send(bootstrap, "accord.feedback", feedback.toString(), """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "%s",
                 "subject": "%s", "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json", "actor": "xu.cs",
                 "data": {"feedbackId": "%s", "customerId": "%s", "channel": "PHONE", "category": "QUALITY", "rating": 1,
                          "text": "%s", "orderRef": "SO-9"}}
                """.formatted(eventId, source, type, feedback, feedback, customer, text));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError("no " + name + " header on the dead-letter record");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int inboxRows(String... eventIds) throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabases.jdbcUrl("accord_complaint_test"), TestDatabases.user(),
                TestDatabases.password());
                var query = db.prepareStatement("select count(*) from inbox_event where event_id = any(?)")) {
            query.setArray(1, db.createArrayOf("varchar", eventIds));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
