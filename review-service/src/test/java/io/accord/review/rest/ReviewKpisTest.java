package io.accord.review.rest;

import io.accord.review.Review;
import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review section of the management review: exact figures over known reviews, computed by the database. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewKpisTest {

    static final String QUALITY = TestTokens.bearer("liu.quality", "QUALITY");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /**
     * Five reviews decided in March 2001 after 10, 20, 30, 40 and 50 hours: median 30 h, p90 46 h (40 + 0.6 × 10, as
     * percentile_cont interpolates); one rejected, one sent back, one simplified, one overdue. One decided the day
     * before the period and one decided just at its end count for nothing; an undecided one neither.
     */
    @Test
    void figuresOfAPeriodAreExact() {
        OffsetDateTime start = OffsetDateTime.parse("2001-03-01T00:00:00Z");
        insert(start.plusHours(1), 10, "APPROVED", "FULL", false);
        insert(start.plusDays(2), 20, "REJECTED", "FULL", false);
        insert(start.plusDays(3), 30, "CLARIFICATION_REQUIRED", "FULL", true);
        insert(start.plusDays(4), 40, "APPROVED", "SIMPLIFIED", false);
        insert(start.plusDays(5), 50, "APPROVED", "FULL", false);
        insert(start.minusDays(3), 24 * 2 - 1, "REJECTED", "FULL", false);
        insert(start.plusDays(31), 24, "REJECTED", "FULL", false); // 1 April: the date `to` ends with 31 March
        insert(start.plusDays(6), null, null, "FULL", false);

        given().header("Authorization", QUALITY).queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/reviews/kpis").then().statusCode(200)
                .body("decided", equalTo(5), "approved", equalTo(3), "rejected", equalTo(1),
                        "clarificationRequired", equalTo(1), "simplified", equalTo(1), "onTime", equalTo(4),
                        "medianCycleHours", equalTo(30.0f), "p90CycleHours", equalTo(46.0f),
                        "onTimePercent", equalTo(80.0f), "rejectionPercent", equalTo(20.0f),
                        "clarificationPercent", equalTo(20.0f), "simplifiedPercent", equalTo(20.0f));
    }

    @Test
    void aPeriodWithoutDecisionsHasCountsOfZeroAndNoFigures() {
        given().header("Authorization", QUALITY).queryParam("from", "1990-01-01T00:00:00Z").queryParam("to", "1990-02-01T00:00:00Z")
                .get("/api/v1/reviews/kpis").then().statusCode(200)
                .body("decided", equalTo(0), "medianCycleHours", nullValue(), "onTimePercent", nullValue());
    }

    /**
     * A decision the service itself recorded is found by its decision time: deciding set the review's
     * {@code decided_at} and {@code decision_outcome}, which the KPIs read, to the decision's own.
     */
    @Test
    void aReviewDecidedThroughTheApiCounts() {
        String review = Reviews.openReview(bootstrap);
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            Reviews.opinion(review, department, "APPROVE");
        }
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision").then().statusCode(200);
        String decidedAt = given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).path("decision.at");
        OffsetDateTime at = OffsetDateTime.parse(decidedAt);
        Object[] columns = (Object[]) Review.getEntityManager()
                .createNativeQuery("select decided_at, decision_outcome from review where id = ?1")
                .setParameter(1, UUID.fromString(review)).getSingleResult();
        assertEquals(at.toInstant(), columns[0]);
        assertEquals("APPROVED", columns[1]);
        given().header("Authorization", QUALITY).queryParam("from", at.minusSeconds(1).toString())
                .queryParam("to", at.plusSeconds(1).toString()).get("/api/v1/reviews/kpis").then().statusCode(200)
                .body("decided", greaterThanOrEqualTo(1), "approved", greaterThanOrEqualTo(1));
    }

    @Test
    void aBadPeriodIsRefusedNamingItsField() {
        given().header("Authorization", QUALITY).queryParam("from", "March").get("/api/v1/reviews/kpis")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", QUALITY).queryParam("from", "2001-03-01").queryParam("to", "2001-02-01")
                .get("/api/v1/reviews/kpis").then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    @Test
    void aReviewerOfADepartmentOtherThanQualityMayNotReadTheKpis() {
        given().header("Authorization", TestTokens.bearer("zhou.production", "PRODUCTION")).get("/api/v1/reviews/kpis")
                .then().statusCode(403);
    }

    /**
     * A decided review opened {@code hours} before its decision at {@code decidedAt} (undecided when hours is null),
     * its decision time written as Hibernate's JSON mapper writes it (epoch seconds) and, as the review writes them when
     * decided, into {@code decided_at} and {@code decision_outcome} (V15), which the KPIs read.
     */
    private static void insert(OffsetDateTime decidedAt, Integer hours, String decision, String type, boolean overdue) {
        OffsetDateTime opened = hours == null ? decidedAt : decidedAt.minusHours(hours);
        String decisionJson = decision == null ? "null"
                : "{\"decision\":\"" + decision + "\",\"by\":\"wang.gm\",\"at\":" + decidedAt.toEpochSecond() + ".000000000}";
        QuarkusTransaction.requiringNew().run(() -> Review.getEntityManager().createNativeQuery("""
                        insert into review (id, requirement_id, requirement_revision, type, status, routing_reasons, requirement,
                                            decision, decided_at, decision_outcome, opened_at, updated_at, version, overdue)
                        values (?1, ?2, 1, ?3, ?4, '[]', '{}', cast(nullif(cast(?5 as text), 'null') as jsonb),
                                cast(?8 as timestamptz), cast(?9 as text), ?6, ?6, 0, ?7)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.randomUUID()).setParameter(3, type)
                .setParameter(4, decision == null ? "OPEN" : decision).setParameter(5, decisionJson)
                .setParameter(6, opened).setParameter(7, overdue)
                .setParameter(8, decision == null ? null : decidedAt.toString()).setParameter(9, decision)
                .executeUpdate());
    }
}
