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

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The broker goes away (a real process stopped), writes go on, and their events arrive once it is back. */
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
    void eventsWrittenWhileTheBrokerIsDownArriveWhenItIsBack() throws Exception {
        var broker = StandaloneKafkaResources.broker();
        broker.stopProcess();

        String code = TestData.uniqueCode();
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body(TestData.customerBody(code))
                .post("/api/v1/customers").then().statusCode(201);
        // the write succeeded; readiness reports the broker missing, and the event waits in the outbox
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                ManagementInterface.given().get("/q/health/ready").then().statusCode(503));
        assertEquals(1, pendingEvents());

        broker.startProcess();
        KafkaTestClient.readUntil(broker.bootstrapServers(), RequirementEventTypes.TOPIC,
                r -> r.value().contains("\"" + code + "\""), Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(0, pendingEvents()));
    }

    private int pendingEvents() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox_event")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
