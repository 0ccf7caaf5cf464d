package io.accord.gateway.events;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.ManagementInterface;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The live stream's reader reports under wellness and in the kafka group, where monitoring sees it, and not under
 * readiness or liveness: a broker the stream cannot read must not take the gateway out of service (LiveEventHubTest
 * covers the DOWN side).
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class LiveEventsHealthTest {

    @Test
    void theReaderIsAWellnessCheckOnly() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.given().get("/q/health/well").then()
                .statusCode(200).body("checks.find { it.name == 'Live events' }.status", equalTo("UP"),
                        "checks.find { it.name == 'Live events' }.data.state", equalTo("READING")));
        ManagementInterface.given().get("/q/health/group/kafka").then().statusCode(200)
                .body("checks.name", hasItem("Live events"));
        ManagementInterface.given().get("/q/health/ready").then().body("checks.name", not(hasItem("Live events")));
        ManagementInterface.given().get("/q/health/live").then().body("checks.name", not(hasItem("Live events")));
    }
}
