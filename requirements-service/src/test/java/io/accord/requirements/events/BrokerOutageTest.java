package io.accord.requirements.events;

import io.accord.requirements.TestData;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.StandaloneKafkaResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker goes away (a real process stopped): writes go on, the service stays ready (it can serve), the outage
 * shows in the health group {@code kafka} and in the outbox backlog metrics, and the events arrive once it is back.
 */
@QuarkusTest
@TestProfile(BrokerOutageTest.OutageProfile.class)
class BrokerOutageTest {

    public static class OutageProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandaloneKafkaResources.class, Map.of("database", "accord_requirements_outage")));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveWhenItIsBackAndTheServiceStaysReady() throws Exception {
        var broker = StandaloneKafkaResources.broker();
        broker.stopProcess();

        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        // the relay fails to publish: the kafka group says so, naming it ...
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ManagementInterface.given()
                .get("/q/health/group/kafka").then().statusCode(503)
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("DOWN")));
        ManagementInterface.given().get("/q/health/group/kafka").then().body("checks.name", hasItem("Kafka channels"));
        // ... while readiness, which means "can serve", stays UP and holds neither the relay nor the channels
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ManagementInterface.given().get("/q/health/ready").then().statusCode(200)
                        .body("status", equalTo("UP"), "checks.name", not(hasItem("Outbox relay")),
                                "checks.name", not(hasItem("Kafka channels"))));
        ManagementInterface.given().get("/q/health/live").then().statusCode(200);
        ManagementInterface.given().get("/q/health/started").then().statusCode(200);
        // the event waits in the outbox, and the metrics show it waiting
        assertEquals(1, pendingEvents());
        String metrics = ManagementInterface.metrics();
        assertTrue(gauge(metrics, "accord_outbox_pending") >= 1, metrics);
        assertTrue(gauge(metrics, "accord_outbox_oldest_age_seconds") > 0, metrics);
        assertTrue(gauge(metrics, "accord_outbox_batch_failures_total") >= 1, metrics);

        broker.startProcess();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(0, pendingEvents()));
        long arrived = KafkaTestClient.readUntil(broker.bootstrapServers(), RequirementEventTypes.TOPIC,
                r -> r.value().contains("\"" + code + "\""), Duration.ofSeconds(60))
                .stream().filter(r -> r.value().contains("\"" + code + "\"")).count();
        assertEquals(1, arrived, "the event written during the outage arrived " + arrived + " times");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ManagementInterface.given()
                .get("/q/health/group/kafka").then().statusCode(200).body("status", equalTo("UP")));
        assertEquals(0, gauge(ManagementInterface.metrics(), "accord_outbox_pending"));
    }

    private int pendingEvents() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox_event")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The value of an untagged or tagged gauge in Prometheus text. */
    private static double gauge(String metrics, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertTrue(value.find(), name + " is not among the metrics");
        return Double.parseDouble(value.group(1));
    }
}
