package io.accord.review.messaging;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A requirement event whose {@code totalValue} is not a number opens no review: zero would be under every simplified
 * limit, so a large order would skip the full review and FINANCE. It goes to the dead-letter topic with the reason, and
 * the requirement's next, readable event behind it on the same partition is still applied.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class MalformedRequirementEventsTest {

    static final String DLQ = "accord.review-service.dlq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anUnreadableTotalValueIsDeadLetteredAndRoutesNothing() {
        String requirement = UUID.randomUUID().toString();
        String submitted = Reviews.event("requirement.submitted", requirement, 1,
                facts(requirement, 1, "1,250,000.00"));
        String amended = Reviews.event("requirement.amended", requirement, 2, """
                {"requirementId":"%s","revision":2,"previousRevision":1,"reason":"more pieces",\
                "changedPaths":["items[0].quantity"],"current":%s}""".formatted(requirement, facts(requirement, 2, "lots")));
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, submitted);
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, amended);
        // the same requirement's next revision, readable, behind them on the same partition
        Reviews.publishAndAwait(bootstrap, requirement, 3, Reviews.event("requirement.submitted", requirement, 3,
                facts(requirement, 3, "1250000.00")));

        given().header("Authorization", Reviews.AUDITOR).queryParam("requirementId", requirement).get("/api/v1/reviews")
                .then().statusCode(200).body("items.requirementRevision", contains(3), "items.type", contains("FULL"));
        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.readUntil(bootstrap, DLQ,
                r -> requirement.equals(r.key()) && r.value().contains("\"lots\""), Duration.ofSeconds(30));
        for (String value : List.of("\"1,250,000.00\"", "\"lots\"")) {
            ConsumerRecord<String, String> dead = deadLetters.stream()
                    .filter(r -> requirement.equals(r.key()) && r.value().contains(value)).findFirst()
                    .orElseThrow(() -> new AssertionError("the event with totalValue " + value + " is not on " + DLQ));
            String reason = header(dead, "dead-letter-reason");
            assertTrue(reason.contains("totalValue"), reason);
        }
    }

    /** An existing customer's routine order: only its value decides between SIMPLIFIED and FULL. */
    private static String facts(String requirement, int revision, String totalValue) {
        return Reviews.facts(requirement, revision, false, "ORDER", totalValue, "", "", false, null, false);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError("no " + name + " header on the dead-letter record");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
