package io.accord.gateway.events;

import io.accord.testsupport.MutableClock;
import io.accord.testsupport.ManagementInterface;
import io.accord.testsupport.SecuredKafkaBroker;
import io.accord.testsupport.SecuredKafkaResources;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The live stream on a broker that wants a SCRAM login, the gateway given the settings as the Kubernetes manifests give
 * them (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG): its consumer logs in like every other
 * Accord Kafka client, and a browser's stream shows an event published there.
 */
@QuarkusTest
@TestProfile(SecuredLiveEventsTest.SecuredBroker.class)
class SecuredLiveEventsTest {

    public static class SecuredBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SecuredKafkaResources.class, Map.of("database", "accord_gateway_secured")));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MutableClock.class);
        }
    }

    @TestHTTPResource("/api/v1/events")
    URI events;

    @Test
    void theStreamShowsAnEventFromTheSecuredBroker() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.given().get("/q/health/group/kafka")
                .then().statusCode(200).body("checks.find { it.name == 'Live events' }.data.state", equalTo("READING")));
        SecuredKafkaBroker broker = SecuredKafkaResources.broker();
        try (SseStream stream = SseStream.open(HttpClient.newHttpClient(), events, TestTokens.bearer("qiu.quality", "QUALITY"))) {
            assertEquals(200, stream.status);
            // the gateway reads from the newest record on: publish until one arrives
            List<String> sent = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String id = UUID.randomUUID().toString();
                sent.add("id: " + id);
                KafkaTestClient.send(broker.clientSettings(), "accord.complaints", id, EventStreamTest.envelope(id, "/accord/complaint-service"));
                return stream.lines().stream().anyMatch(sent::contains);
            });
        }
    }
}
