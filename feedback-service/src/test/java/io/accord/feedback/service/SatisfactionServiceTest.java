package io.accord.feedback.service;

import io.accord.feedback.service.SatisfactionService.Interval;
import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The trend's interval as a client names it, and each period's label (the database gives the period's start, UTC). */
class SatisfactionServiceTest {

    @Test
    void theIntervalIsMonthUnlessTheClientNamesAnother() {
        assertEquals(Interval.MONTH, Interval.parse(null));
        assertEquals(Interval.WEEK, Interval.parse("week"));
        assertEquals(Interval.QUARTER, Interval.parse("Quarter"));
    }

    @Test
    void anUnknownIntervalIsAnInvalidParameter() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> Interval.parse("year"));

        assertEquals("interval", refused.violations().get(0).field());
    }

    @Test
    void eachPeriodIsLabelledByItsStart() {
        assertEquals("2026-03-02", Interval.WEEK.label(OffsetDateTime.parse("2026-03-02T00:00:00Z")));
        assertEquals("2026-03", Interval.MONTH.label(OffsetDateTime.parse("2026-03-01T00:00:00Z")));
        assertEquals("2026-Q1", Interval.QUARTER.label(OffsetDateTime.parse("2026-01-01T00:00:00Z")));
        assertEquals("2026-Q2", Interval.QUARTER.label(OffsetDateTime.parse("2026-04-01T00:00:00Z")));
        assertEquals("2026-Q4", Interval.QUARTER.label(OffsetDateTime.parse("2026-10-01T00:00:00Z")));
    }
}
