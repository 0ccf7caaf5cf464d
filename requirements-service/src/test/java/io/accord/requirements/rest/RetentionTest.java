package io.accord.requirements.rest;

import io.accord.infra.retention.RetentionJob;
import io.accord.requirements.RequirementsTestProfile;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.accord.requirements.rest.OrderResourceTest.customerCode;
import static io.accord.requirements.rest.OrderResourceTest.order;
import static io.accord.requirements.rest.OrderResourceTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention in the running service: once the clock has passed their windows (idempotency keys 7 days, inbox 14), the
 * job purges old keys and inbox rows; recent ones and the history stay. A retry with a purged key creates no second
 * order.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class RetentionTest {

    private static final String ERP = TestTokens.machineBearer("erp-retention-01", "orders:read", "orders:write");

    @Inject
    MutableClock clock;
    @Inject
    RetentionJob retention;
    @Inject
    MeterRegistry registry;
    @Inject
    EntityManager entityManager;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void oldIdempotencyKeysAndInboxRowsArePurgedRecentOnesAndTheHistoryStay() {
        String code = customerCode();
        String oldKey = UUID.randomUUID().toString();
        String oldOrderNo = "SO-" + UUID.randomUUID();
        String oldOrder = order(oldOrderNo, code, 1);
        post(ERP, oldKey, oldOrder).then().statusCode(201);
        String oldEvent = received();

        clock.advance(Duration.ofDays(15));
        String recentKey = UUID.randomUUID().toString();
        String recentOrder = order("SO-" + UUID.randomUUID(), code, 2);
        post(ERP, recentKey, recentOrder).then().statusCode(201);
        String recentEvent = received();
        long history = count("audit_entry", "true", null);
        double countedBefore = purgedCount("idempotency_key") + purgedCount("inbox_event");

        Map<String, Long> purged = retention.purgeExpired();

        assertEquals(0, count("idempotency_key", "idem_key = ?1", oldKey));
        assertEquals(0, count("inbox_event", "event_id = ?1", oldEvent));
        assertEquals(1, count("inbox_event", "event_id = ?1", recentEvent));
        assertEquals(history, count("audit_entry", "true", null), "the history is never purged");
        assertTrue(purged.get("idempotency_key") >= 1 && purged.get("inbox_event") >= 1, purged.toString());
        assertEquals(purged.get("idempotency_key") + purged.get("inbox_event"),
                purgedCount("idempotency_key") + purgedCount("inbox_event") - countedBefore, "counted as deleted");
        // a recent key still replays its answer; a purged one cannot take the same order in a second time
        post(ERP, recentKey, recentOrder).then().statusCode(201).header("Idempotent-Replayed", "true");
        post(ERP, oldKey, oldOrder).then().statusCode(409).body("detail", containsString(oldOrderNo));
        post(ERP, "unused-" + UUID.randomUUID(), order(oldOrderNo, code, 1)).then().statusCode(409);
        given().header("Authorization", ERP).get("/api/v1/orders/" + oldOrderNo)
                .then().statusCode(200).body("erpOrderNo", equalTo(oldOrderNo));
    }

    /** An event applied now, as the inbox records it. */
    private String received() {
        String eventId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into inbox_event (source, event_id, event_type, received_at)
                values ('/accord/review-service', ?1, 'review.opened', ?2)""")
                .setParameter(1, eventId).setParameter(2, OffsetDateTime.now(clock)).executeUpdate());
        return eventId;
    }

    private long count(String table, String where, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery("select count(*) from " + table + " where " + where);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private double purgedCount(String table) {
        var counter = registry.find("accord.retention.purged").tag("table", table).counter();
        return counter == null ? 0 : counter.count();
    }
}
