package io.accord.requirements.events;

import io.accord.requirements.TestData;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.SecuredKafkaResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wrong Kafka password (a rotated Secret the pod has not picked up): the kafka health group says the broker refused
 * the credentials and which settings to check, while writes go on into the outbox and the service stays ready.
 */
@QuarkusTest
@TestProfile(WrongKafkaCredentialsTest.WrongPassword.class)
class WrongKafkaCredentialsTest {

    public static class WrongPassword implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SecuredKafkaResources.class,
                    Map.of("database", "accord_requirements_wrong_kafka", "password", "not-the-password")));
        }
    }

    @Test
    void theKafkaGroupNamesTheRefusalAndWritesWaitInTheOutbox() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ManagementInterface.given().get("/q/health/group/kafka")
                .then().statusCode(503)
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("DOWN"),
                        "checks.find { it.name == 'Outbox relay' }.data.lastError",
                        containsString("the broker refused this app's credentials (check KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG)"),
                        "checks.find { it.name == 'Kafka channels' }.status", equalTo("DOWN")));

        TestData.newCustomer();
        assertTrue(ManagementInterface.metric("accord_outbox_pending") >= 1, "the event waits in the outbox");
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        ManagementInterface.given().get("/q/health/live").then().statusCode(200);
    }
}
