package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.infra.chainheads.ChainHeads;
import io.accord.infra.chainheads.ChainHeadsPublisher;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.PastTheTriggers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static io.accord.complaint.rest.ComplaintLifecycleTest.AUDITOR;
import static io.accord.complaint.rest.ComplaintLifecycleTest.SERVICE;
import static io.accord.complaint.rest.ComplaintLifecycleTest.post;
import static io.accord.complaint.rest.ComplaintLifecycleTest.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service publishes the heads of its audit chains on a topic of their own; with a head an auditor kept, the
 * verification tells a history whose tail was cut off (intact link by link) from one that is whole.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ChainHeadsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "accord.audit.chain-heads.topic")
    String topic;

    @Inject
    ChainHeadsPublisher publisher;

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aPublishedHeadProvesTheTailThatWasCutOff() throws SQLException {
        UUID id = UUID.fromString(receive("MINOR", "SERVICE"));
        String c = "/api/v1/complaints/" + id;
        post(SERVICE, c + "/acknowledgement", null).statusCode(200);
        JsonPath history = given().header("Authorization", AUDITOR).get(c + "/history").then().extract().jsonPath();
        int seq = history.getInt("seq[-1]");
        String hash = history.getString("hash[-1]");

        // entries are published once they are old enough that no transaction writing them can still be open
        clock.advance(Duration.ofMinutes(1));
        ChainHeads published = publisher.publish();
        ChainHeads.Head head = published.heads().stream().filter(h -> h.aggregateId().equals(id)).findFirst().orElseThrow();
        assertEquals("complaint", head.aggregateType());
        assertEquals(seq, head.seq());
        assertEquals(hash, head.hash());
        assertEquals("accord.complaints.chain-heads", topic);
        KafkaTestClient.readUntil(bootstrap, topic, r -> r.value().contains("\"type\":\"accord.audit.chain-heads\"")
                && r.value().contains(id.toString()) && r.value().contains(hash), Duration.ofSeconds(30));

        // nothing written since: the next publication has no heads, and still says how far the history reaches
        ChainHeads quiet = publisher.publish();
        assertEquals(published.throughEntryId(), quiet.fromEntryId());
        assertEquals(quiet.fromEntryId(), quiet.throughEntryId());
        assertTrue(quiet.heads().isEmpty());
        assertEquals(published.entries(), quiet.entries());
        assertEquals(published.lastEntryHash(), quiet.lastEntryHash());

        String verification = c + "/history/verification?seq=" + seq + "&hash=" + hash;
        given().header("Authorization", AUDITOR).get(verification).then().body("intact", equalTo(true));

        // the last entry removed behind the application's back: what is left still chains, only the head shows the cut
        assertEquals(1, PastTheTriggers.execute(db, "delete from audit_entry where aggregate_id = ? and seq = ?", id, seq));
        given().header("Authorization", AUDITOR).get(c + "/history/verification").then().body("intact", equalTo(true));
        given().header("Authorization", AUDITOR).get(verification).then().statusCode(200)
                .body("intact", equalTo(false), "firstBroken.seq", equalTo(seq),
                        "firstBroken.reason", containsString("entries were cut off"));
    }

    @Test
    void aHeadIsGivenBySeqAndHashTogether() {
        String c = "/api/v1/complaints/" + receive("MINOR", "SERVICE");
        given().header("Authorization", AUDITOR).get(c + "/history/verification?seq=1").then().statusCode(400)
                .body("violations.field", hasItem("hash"));
        given().header("Authorization", AUDITOR).get(c + "/history/verification?seq=1&hash=abc").then().statusCode(400)
                .body("violations.field", hasItem("hash"));
        given().header("Authorization", AUDITOR).get(c + "/history/verification?seq=0&hash=" + "a".repeat(64)).then()
                .statusCode(400).body("violations.field", hasItem("seq"));
    }
}
