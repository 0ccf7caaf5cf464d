package io.accord.complaint.service;

import io.accord.complaint.ComplaintTestProfile;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The metrics the database aggregates, over complaints of a past period stored as the service would have stored them
 * (each with its deadlines and the moments it was acknowledged, resolved or withdrawn; the SLA watch has already
 * reported them). The figures are those the rules of {@link io.accord.complaint.Complaint} give, worked out by hand.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintMetricsTest {

    /** A period of its own, long past: no other test's complaints fall into it. */
    static final OffsetDateTime T = OffsetDateTime.parse("2001-03-01T08:00:00Z");

    @Inject
    ComplaintMetrics metrics;
    @Inject
    AgroalDataSource db;
    @Inject
    EntityManager em;

    @BeforeEach
    void complaintsOfThePeriod() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from complaint where received_at < '2002-01-01'");
        }
        // resolved after 1 h 2 min 59 s, acknowledged in time
        store("QUALITY", "CRITICAL", "RESOLVED", T, T.plusHours(24), T.plusMinutes(1), T.plus(Duration.parse("PT1H2M59S")), null);
        // resolved after 1 h 3 min 59 s, but acknowledged after its (short) deadline: breached
        store("QUALITY", "MAJOR", "RESOLVED", T.plusHours(1), T.plusHours(1).plusSeconds(30), T.plusHours(1).plusMinutes(1),
                T.plusHours(1).plus(Duration.parse("PT1H3M59S")), null);
        // withdrawn before its acknowledgement was due: the clock stopped in time
        store("DELIVERY", "MINOR", "WITHDRAWN", T.plusHours(2), T.plusHours(26), null, null, T.plusHours(3));
        // never acknowledged, long overdue now
        store("PRICE", "MINOR", "RECEIVED", T.plusHours(3), T.plusHours(27), null, null, null);
        // the day before the period
        store("PRICE", "MAJOR", "RECEIVED", T.minusDays(1), T.minusDays(1).plusHours(24), null, null, null);
    }

    @Test
    void countsPerCategoryAndSeverityMeanResolutionAndSlaComplianceOfThePeriod() {
        ComplaintMetrics.Metrics m = metrics.of(T, T.plusHours(10));

        assertEquals(4, m.total());
        assertEquals(Map.of("QUALITY", 2L, "DELIVERY", 1L, "PRICE", 1L), m.byCategory());
        assertEquals(Map.of("CRITICAL", 1L, "MAJOR", 1L, "MINOR", 2L), m.bySeverity());
        assertEquals(2, m.resolved());
        // whole minutes per complaint, 62 + 63, then the mean in hours to one decimal: 1.04 h -> 1.0 (the seconds,
        // if they counted, would make it 1.06 h -> 1.1)
        assertEquals(1.0, m.meanHoursToResolve());
        // the first and the withdrawn one met every deadline: 2 of 4
        assertEquals(50.0, m.slaCompliancePercent());
    }

    @Test
    @TestTransaction
    void theComplaintsOfThePeriodAreCountedInTheDatabaseNotLoaded() {
        assertEquals(4, metrics.of(T, T.plusHours(10)).total());
        assertEquals(0, em.unwrap(Session.class).getStatistics().getEntityCount(),
                "a period's complaints are not loaded into memory to be counted");
    }

    @Test
    void anEmptyPeriodHasNoMeansOrPercentages() {
        ComplaintMetrics.Metrics m = metrics.of(T.minusYears(1), T.minusYears(1).plusDays(1));

        assertEquals(0, m.total());
        assertEquals(Map.of(), m.byCategory());
        assertEquals(0, m.resolved());
        assertNull(m.meanHoursToResolve());
        assertNull(m.slaCompliancePercent());
    }

    private void store(String category, String severity, String status, OffsetDateTime received, OffsetDateTime ackDue,
            OffsetDateTime acknowledged, OffsetDateTime resolved, OffsetDateTime withdrawn) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into complaint (id, customer_id, channel, category, severity, status, description, received_at,
                    ack_due_at, resolution_due_at, acknowledged_at, resolved_at, withdrawn_at,
                    ack_breach_reported, resolution_breach_reported, version)
                values (?, ?, 'PHONE', ?, ?, ?, 'housings crack', ?, ?, ?, ?, ?, ?, true, true, 0)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, category);
            insert.setString(4, severity);
            insert.setString(5, status);
            insert.setObject(6, received);
            insert.setObject(7, ackDue);
            insert.setObject(8, received.plusDays(3));
            insert.setObject(9, acknowledged);
            insert.setObject(10, resolved);
            insert.setObject(11, withdrawn);
            insert.executeUpdate();
        }
    }
}
