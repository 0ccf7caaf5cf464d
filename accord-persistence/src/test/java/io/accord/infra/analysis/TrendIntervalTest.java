package io.accord.infra.analysis;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The trend's interval as a client names it, and each period's label (the database gives the period's start, UTC). */
class TrendIntervalTest {

    @Test
    void theIntervalIsMonthUnlessTheClientNamesAnother() {
        assertEquals(TrendInterval.MONTH, TrendInterval.parse(null));
        assertEquals(TrendInterval.WEEK, TrendInterval.parse("week"));
        assertEquals(TrendInterval.QUARTER, TrendInterval.parse("Quarter"));
    }

    @Test
    void anUnknownIntervalIsAnInvalidParameter() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> TrendInterval.parse("year"));

        assertEquals("interval", refused.violations().get(0).field());
    }

    @Test
    void eachPeriodIsLabelledByItsStart() {
        assertEquals("2026-03-02", TrendInterval.WEEK.label(OffsetDateTime.parse("2026-03-02T00:00:00Z")));
        assertEquals("2026-03", TrendInterval.MONTH.label(OffsetDateTime.parse("2026-03-01T00:00:00Z")));
        assertEquals("2026-Q1", TrendInterval.QUARTER.label(OffsetDateTime.parse("2026-01-01T00:00:00Z")));
        assertEquals("2026-Q2", TrendInterval.QUARTER.label(OffsetDateTime.parse("2026-04-01T00:00:00Z")));
        assertEquals("2026-Q4", TrendInterval.QUARTER.label(OffsetDateTime.parse("2026-10-01T00:00:00Z")));
    }

    @Test
    void thePeriodIsCutInUtc() {
        assertEquals("date_trunc('quarter', received_at at time zone 'UTC')", TrendInterval.QUARTER.periodOf("received_at"));
    }
}
