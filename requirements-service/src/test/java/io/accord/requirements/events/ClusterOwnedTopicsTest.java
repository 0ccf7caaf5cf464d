package io.accord.requirements.events;

import io.accord.requirements.TestData;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.SecuredKafkaBroker;
import io.accord.testsupport.SecuredKafkaResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Topic creation switched off (ACCORD_EVENTS_CREATE_TOPICS=false), as where Strimzi's Topic Operator owns the topics,
 * on a broker that creates none by itself: the service starts without its topics, creates none, names each missing
 * one in the kafka health group, takes writes into the outbox, and publishes them once the topics exist.
 */
@QuarkusTest
@TestProfile(ClusterOwnedTopicsTest.TopicsOwnedByTheCluster.class)
class ClusterOwnedTopicsTest {

    static final String DEAD_LETTERS = "accord.requirements-service.dlq";
    static final String CHAIN_HEADS = RequirementEventTypes.TOPIC + ".chain-heads";

    public static class TopicsOwnedByTheCluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.events.create-topics", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SecuredKafkaResources.class,
                    Map.of("database", "accord_requirements_owned_topics", "topics", "none")));
        }
    }

    @Test
    void theServiceCreatesNoTopicSaysWhichAreMissingAndPublishesOnceTheyExist() {
        SecuredKafkaBroker broker = SecuredKafkaResources.broker();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ManagementInterface.given().get("/q/health/group/kafka")
                .then().statusCode(503)
                .body("checks.find { it.name == 'Kafka topics' }.status", equalTo("DOWN"),
                        "checks.find { it.name == 'Kafka topics' }.data.createTopics", equalTo(false),
                        "checks.find { it.name == 'Kafka topics' }.data.missing", allOf(
                                containsString("accord.requirements (written by the outbox relay)"),
                                containsString(DEAD_LETTERS + " (written by dead letters of channel review-events)"),
                                containsString("accord.reviews (read by channel review-events)"),
                                containsString(CHAIN_HEADS + " (written by the outbox relay (audit chain heads))")),
                        "checks.find { it.name == 'Outbox relay' }.data.lastError",
                        containsString("topic accord.requirements does not exist (accord.events.create-topics=false")));

        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        assertTrue(ManagementInterface.metric("accord_outbox_pending") >= 1, "the event waits in the outbox");
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200);
        assertEquals(Set.of(), broker.topics(), "the service created a topic");

        // the cluster's operator creates them (Strimzi: a KafkaTopic each)
        broker.createTopics(List.of(RequirementEventTypes.TOPIC, "accord.reviews", DEAD_LETTERS, CHAIN_HEADS));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ManagementInterface.given().get("/q/health/group/kafka")
                .then().statusCode(200).body("status", equalTo("UP")));
        KafkaTestClient.readUntil(broker.clientSettings(), RequirementEventTypes.TOPIC, r -> r.value().contains("\"" + code + "\""),
                Duration.ofSeconds(60));
        assertEquals(0, ManagementInterface.metric("accord_outbox_pending"));
    }
}
