package io.accord.requirements.rest;

import io.accord.requirements.TestData;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.ThrowawayPostgres;
import io.accord.testsupport.ThrowawayPostgresResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The database goes away (a real PostgreSQL of the test's own, stopped): unlike a broker outage, this one makes the
 * service unready, and a write is refused with 503 and Retry-After; once the database is back, both recover.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OutageProfile.class)
class DatabaseOutageTest {

    public static class OutageProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ThrowawayPostgresResources.class));
        }
    }

    @Test
    void aStoppedDatabaseMakesTheServiceUnreadyAndWritesAnswer503UntilItIsBack() {
        ThrowawayPostgres postgres = ThrowawayPostgresResources.postgres();
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200);

        postgres.stopProcess();
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ManagementInterface.given()
                    .get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN")));
            // not a reason to restart it; the relay, which cannot read the outbox, says so in the kafka group
            ManagementInterface.given().get("/q/health/live").then().statusCode(200);
            ManagementInterface.given().get("/q/health/started").then().statusCode(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ManagementInterface.given()
                    .get("/q/health/group/kafka").then().statusCode(503)
                    .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("DOWN")));
            given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                    .body(TestData.customerBody(TestData.uniqueCode())).post("/api/v1/customers")
                    .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                    .body("status", equalTo(503));
        } finally {
            postgres.startProcess();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.given()
                .get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body(TestData.customerBody(TestData.uniqueCode())).post("/api/v1/customers").then().statusCode(201);
    }
}
