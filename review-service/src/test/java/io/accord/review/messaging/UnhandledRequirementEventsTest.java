package io.accord.review.messaging;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.KafkaTestClient;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The review-service reads every event on {@code accord.requirements} but acts on submissions and amendments only:
 * a {@code requirement.captured} consumed from the real broker is acknowledged without an inbox row and opens no
 * review (it is only counted), while a submission still opens exactly one review, once however often it arrives.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class UnhandledRequirementEventsTest {

    private static final Pattern EVENT_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Test
    void aCapturedRequirementLeavesNoTraceAndItsSubmissionOpensOneReview() throws SQLException {
        String requirement = UUID.randomUUID().toString();
        String captured = Reviews.event("requirement.captured", requirement, 1, """
                {"requirementId":"%s","revision":1,"title":"Pump housings"}""".formatted(requirement));
        String submitted = Reviews.submittedEvent(requirement, 1, "", false);
        double ignoredBefore = ignoredCaptures();

        // same key, so one partition, read in this order: the captured event, the submission and its redelivery
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, captured);
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, submitted);
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, submitted);
        // a later revision behind them: once its review is there, everything before it has been consumed
        Reviews.publishAndAwait(bootstrap, requirement, 2, Reviews.submittedEvent(requirement, 2, "", false));

        given().header("Authorization", Reviews.AUDITOR).queryParam("requirementId", requirement).get("/api/v1/reviews")
                .then().statusCode(200).body("total", equalTo(2), "items.requirementRevision", containsInAnyOrder(1, 2));
        assertEquals(0, inboxRows(idOf(captured)), "an event no handler wants is not remembered");
        assertEquals(1, inboxRows(idOf(submitted)), "the submission is remembered once, its redelivery dropped");
        assertEquals(ignoredBefore + 1, ignoredCaptures(), "the captured event is counted as acknowledged unread");
    }

    private double ignoredCaptures() {
        Counter counter = meters.find("accord.events.ignored").tag("type", "requirement.captured").counter();
        return counter == null ? 0 : counter.count();
    }

    private int inboxRows(String eventId) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("select count(*) from inbox_event where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String idOf(String event) {
        Matcher m = EVENT_ID.matcher(event);
        if (!m.find()) {
            throw new IllegalArgumentException("no id in " + event);
        }
        return m.group(1);
    }
}
