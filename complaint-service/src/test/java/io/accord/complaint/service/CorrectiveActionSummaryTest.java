package io.accord.complaint.service;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.infra.time.ReportPeriod;
import io.accord.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The corrective-action section of the management review over actions stored as the service stores them, in a period
 * long past (March 2001) so that no other test's actions fall into it. Open and overdue are counts of today over all
 * actions, so they are checked as what these actions add.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class CorrectiveActionSummaryTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2001-03-01T08:00:00Z");
    static final ReportPeriod MARCH = new ReportPeriod(T, T.plusDays(30));

    @Inject
    CorrectiveActionSummary summary;
    @Inject
    AgroalDataSource db;

    @Test
    void openOverdueAndEffectivenessAreExact() throws SQLException {
        CorrectiveActionSummary.Summary before = summary.of(MARCH);
        UUID complaint = complaint();
        LocalDate past = LocalDate.parse("2001-03-10");
        LocalDate future = LocalDate.parse("2999-01-01");
        store(complaint, "OPEN", T, past, null);                          // open, overdue
        store(complaint, "INEFFECTIVE", T.plusDays(1), past, T.plusDays(5)); // open, overdue, verified ineffective
        store(complaint, "IMPLEMENTED", T.plusDays(2), future, null);     // open, not yet due
        store(complaint, "VERIFIED", T.plusDays(3), past, T.plusDays(6));  // verified effective in March
        store(complaint, "VERIFIED", T.plusDays(3), past, T.plusDays(7));  // verified effective in March
        store(complaint, "VERIFIED", T.minusDays(3), past, T.plusDays(40)); // opened before, verified after March

        CorrectiveActionSummary.Summary after = summary.of(MARCH);
        assertEquals(before.opened() + 5, after.opened());
        assertEquals(before.open() + 3, after.open());
        assertEquals(before.overdue() + 2, after.overdue());
        assertEquals(3, after.verified());
        assertEquals(2, after.effective());
        assertEquals(66.7, after.effectivenessPercent());
    }

    @Test
    void aPeriodWithoutVerificationsHasNoRate() {
        CorrectiveActionSummary.Summary empty = summary.of(new ReportPeriod(T.minusYears(5), T.minusYears(4)));
        assertEquals(0, empty.verified());
        assertNull(empty.effectivenessPercent());
    }

    @Test
    void servedToTheManagementReviewOnlyAndItsPeriodChecked() {
        given().header("Authorization", TestTokens.bearer("wang.gm", "GENERAL_MANAGER"))
                .queryParam("from", "1999-01-01").queryParam("to", "1999-12-31").get("/api/v1/corrective-actions/summary")
                .then().statusCode(200).body("verified", equalTo(0), "from", equalTo("1999-01-01T00:00:00Z"),
                        "to", equalTo("2000-01-01T00:00:00Z"));
        given().header("Authorization", TestTokens.bearer("wang.gm", "GENERAL_MANAGER")).queryParam("to", "yesterday")
                .get("/api/v1/corrective-actions/summary").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().header("Authorization", TestTokens.bearer("li.cs", "CUSTOMER_SERVICE"))
                .get("/api/v1/corrective-actions/summary").then().statusCode(403);
    }

    private UUID complaint() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into complaint (id, customer_id, channel, category, severity, status, description, received_at,
                    ack_due_at, resolution_due_at, ack_breach_reported, resolution_breach_reported, version)
                values (?, ?, 'PHONE', 'QUALITY', 'MAJOR', 'INVESTIGATING', 'housings crack', ?, ?, ?, true, true, 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, T.minusDays(10));
            insert.setObject(4, T.minusDays(9));
            insert.setObject(5, T.minusDays(7));
            insert.executeUpdate();
        }
        return id;
    }

    private void store(UUID complaint, String status, OffsetDateTime opened, LocalDate due, OffsetDateTime verified)
            throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into corrective_action (id, complaint_id, description, owner, due_date, status, verified_at,
                    opened_at, overdue_reported, version)
                values (?, ?, 'harden the housing', 'zhou.production', ?, ?, ?, ?, true, 0)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, complaint);
            insert.setObject(3, due);
            insert.setString(4, status);
            insert.setObject(5, verified);
            insert.setObject(6, opened);
            insert.executeUpdate();
        }
    }
}
