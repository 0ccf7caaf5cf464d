package io.accord.review.messaging;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.review.service.ReviewService;
import io.accord.review.service.SlaWatch;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.MutableClock;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.accord.testsupport.ManagementInterface.metric;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What review-service tells operations through {@code /q/metrics} after something happened to it: an event it gave up
 * on (dead letter, per channel), a department task past its SLA, and its consumers' lag behind the topic.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class OperationsMetricsTest {

    private static final String DEAD_LETTERS = "accord_events_dead_lettered_total";
    private static final String CHANNEL = "channel=\"requirement-events\"";
    private static final String TASK_BREACHES = "deadline=\"review-task\"";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ReviewService reviews;

    @Inject
    Scheduler scheduler;

    @AfterEach
    void backToRealTime() {
        clock.reset();
        scheduler.resume(SlaWatch.IDENTITY);
    }

    @Test
    void anEventTheServiceGivesUpOnIsCountedAsADeadLetterOfItsChannel() {
        double before = metric(DEAD_LETTERS, CHANNEL);
        String requirement = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, Reviews.event("requirement.submitted",
                requirement, 1, Reviews.facts(requirement, 1, false, "ORDER", "not a number", "", "", false, null, false)));
        KafkaTestClient.readUntil(bootstrap, MalformedRequirementEventsTest.DLQ, r -> requirement.equals(r.key()),
                Duration.ofSeconds(30));

        // other tests' malformed events may be dead-lettered meanwhile: at least this one was counted
        assertThat(metric(DEAD_LETTERS, CHANNEL), greaterThanOrEqualTo(before + 1));
    }

    @Test
    void eachTaskThatMissesItsDeadlineIsCountedOnceAsAnSlaBreach() {
        scheduler.pause(SlaWatch.IDENTITY);
        String requirement = UUID.randomUUID().toString();
        // a new customer's order: a full review, PROCUREMENT has 48 hours
        Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1,
                Reviews.facts(requirement, 1, true, "ORDER", "900", "", "", false, null, false)));
        double before = metric("accord_sla_breaches_total", TASK_BREACHES);

        clock.advance(Duration.ofHours(49));
        int marked = reviews.markOverdue();

        // this review's tasks, and those of other tests' reviews still open
        assertThat(marked, greaterThanOrEqualTo(1));
        assertEquals(before + marked, metric("accord_sla_breaches_total", TASK_BREACHES));
        assertEquals(0, reviews.markOverdue(), "a task is overdue once");
        assertEquals(before + marked, metric("accord_sla_breaches_total", TASK_BREACHES));
    }

    @Test
    void theConsumersReportHowFarTheyAreBehind() {
        Reviews.openReview(bootstrap);
        // Kafka's own consumer metric, bound by Quarkus Micrometer for each consumer of the channel (one per
        // concurrency slot, client_id kafka-consumer-<channel>$<n>); the service's job label names the group
        assertThat(metric("kafka_consumer_fetch_manager_records_lag_max", "client_id=\"kafka-consumer-requirement-events$1\""),
                greaterThanOrEqualTo(0.0));
    }
}
