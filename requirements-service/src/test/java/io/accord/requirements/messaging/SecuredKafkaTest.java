package io.accord.requirements.messaging;

import io.accord.requirements.TestData;
import io.accord.requirements.events.RequirementEventTypes;
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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * The service on a broker that wants a SCRAM-SHA-512 login, given the settings as the Kubernetes manifests give them
 * (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG): the relay publishes, the channel consumes,
 * its dead-letter producer writes to the dead-letter topic the service created (the broker creates none), and the
 * kafka health group is UP.
 */
@QuarkusTest
@TestProfile(SecuredKafkaTest.Secured.class)
class SecuredKafkaTest {

    public static class Secured implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SecuredKafkaResources.class, Map.of("database", "accord_requirements_secured")));
        }
    }

    @Test
    void everyKafkaClientOfTheServiceLogsIn() {
        SecuredKafkaBroker broker = SecuredKafkaResources.broker();

        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        KafkaTestClient.readUntil(broker.clientSettings(), RequirementEventTypes.TOPIC, r -> r.value().contains("\"" + code + "\""),
                Duration.ofSeconds(60));

        String id = ReviewEventsConsumerTest.submitted(TestData.newCustomer());
        KafkaTestClient.send(broker.clientSettings(), "accord.reviews", id, "{this is not an event");
        KafkaTestClient.send(broker.clientSettings(), "accord.reviews", id,
                ReviewEventsConsumerTest.event("review.opened", UUID.randomUUID().toString(), id, 1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements/" + id).then().body("status", equalTo("UNDER_REVIEW")));
        KafkaTestClient.readUntil(broker.clientSettings(), "accord.requirements-service.dlq",
                r -> r.value().equals("{this is not an event"), Duration.ofSeconds(60));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.given().get("/q/health/group/kafka")
                .then().statusCode(200).body("status", equalTo("UP"),
                        "checks.name", hasItems("Outbox relay", "Kafka channels", "Kafka topics")));
    }
}
