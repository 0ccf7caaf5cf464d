package io.accord.requirements.messaging;

import io.accord.infra.deadletters.DeadLetterTool;
import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator's path after an outage, end to end on the real broker and database: the database refuses the
 * requirement's update for longer than the consumer retries, so SmallRye sends the review's event to
 * {@code accord.requirements-service.dlq}; the tool lists it with why it failed; once the database is mended the tool
 * re-drives it and the consumer applies it, once. Re-driving again is refused, and forced, the inbox absorbs it.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class DeadLetterRedriveTest {

    static final String DLQ = "accord.requirements-service.dlq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String output;

    @Test
    void anEventDeadLetteredByAnOutageIsReDrivenAfterTheFixAndAppliedOnce() throws Exception {
        String requirement = submittedRequirement();
        String review = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        sql("create function accord_test_outage() returns trigger language plpgsql as $$ begin"
                + " raise exception 'simulated outage: requirement % cannot be written', new.id; end $$",
                "create trigger accord_test_outage before update on requirement for each row when (new.id = '" + requirement
                        + "') execute function accord_test_outage()");

        KafkaTestClient.send(bootstrap, "accord.reviews", review, reviewOpened(eventId, review, requirement));
        // the consumer retries for a while (IncomingEvents' @Retry), then gives the record up to the dead-letter topic
        ConsumerRecord<String, String> dead = KafkaTestClient.readUntil(bootstrap, DLQ, r -> r.value().contains(eventId),
                Duration.ofSeconds(90)).stream().filter(r -> r.value().contains(eventId)).findFirst().orElseThrow();
        String at = Integer.toString(dead.partition());
        String offset = Long.toString(dead.offset());
        status(requirement, "SUBMITTED");

        assertEquals(0, tool("list", "requirements-service", "--partition", at));
        assertTrue(output.contains(at + ":" + offset + "  pending"), output);
        assertTrue(output.contains("from    accord.reviews partition"), output);
        assertTrue(output.contains("key " + review), output);
        assertTrue(output.contains("event   accord.review.opened " + eventId + " from /accord/review-service"), output);
        assertTrue(output.contains("simulated outage: requirement " + requirement), output);

        // the fix
        sql("drop trigger accord_test_outage on requirement", "drop function accord_test_outage()");
        assertEquals(0, tool("redrive", "requirements-service", "--partition", at, "--from", offset, "--to", offset));
        assertTrue(output.contains("re-drove 1 record(s)"), output);
        status(requirement, "UNDER_REVIEW");

        // the same again: refused, and nothing else is pending on that partition
        assertEquals(2, tool("redrive", "requirements-service", "--partition", at, "--from", offset, "--to", offset));
        assertTrue(output.contains("nothing re-driven"), output);
        assertEquals(0, tool("redrive", "requirements-service", "--partition", at));
        assertTrue(output.contains("nothing to re-drive"), output);

        // forced: the consumer receives the event a second time and its inbox leaves it unapplied
        assertEquals(0, tool("redrive", "requirements-service", "--partition", at, "--from", offset, "--to", offset, "--again"));
        String marker = submittedRequirement();
        // same key, so the same partition, behind the duplicate: once the marker is applied, so was the duplicate
        KafkaTestClient.send(bootstrap, "accord.reviews", review, reviewOpened(UUID.randomUUID().toString(), review, marker));
        status(marker, "UNDER_REVIEW");
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + requirement + "/history")
                .then().body("action", equalTo(List.of("captured", "submitted", "review opened")));
    }

    /** The tool as an operator runs it, with this app's configuration (its kafka.* settings and inbox window). */
    private int tool(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new DeadLetterTool(ConfigProvider.getConfig(), Clock.systemUTC(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of(args));
        output = bytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private static String submittedRequirement() {
        String id = TestData.capture(TestData.newCustomer());
        given().header("Authorization", TestData.SALES).post("/api/v1/requirements/" + id + "/submission")
                .then().statusCode(200);
        return id;
    }

    private static void status(String requirement, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + requirement).then().body("status", equalTo(status)));
    }

    private static String reviewOpened(String eventId, String review, String requirement) {
        return """
                {"specversion":"1.0","id":"%s","source":"/accord/review-service","type":"accord.review.opened",\
                "subject":"%s","time":"%s","datacontenttype":"application/json","actor":"wang.gm",\
                "data":{"reviewId":"%s","requirementId":"%s","requirementRevision":1}}"""
                .formatted(eventId, review, OffsetDateTime.now(), review, requirement);
    }

    private static void sql(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabases.jdbcUrl("accord_requirements_test"),
                TestDatabases.user(), TestDatabases.password()); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
