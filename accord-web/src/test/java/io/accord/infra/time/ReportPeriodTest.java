package io.accord.infra.time;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportPeriodTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutEndsTheLastTwelveMonthsUntilNow() {
        ReportPeriod period = ReportPeriod.parse(null, "", NOW);
        assertEquals(OffsetDateTime.parse("2025-12-06T18:00:00Z"), period.from());
        assertEquals(OffsetDateTime.parse("2026-12-06T18:00:00Z"), period.to());
    }

    @Test
    void datesCoverWholeDaysAndInstantsKeepTheirOffset() {
        ReportPeriod year = ReportPeriod.parse("2026-01-01", "2026-12-31", NOW);
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00Z"), year.from());
        assertEquals(OffsetDateTime.parse("2027-01-01T00:00:00Z"), year.to());
        ReportPeriod shanghai = ReportPeriod.parse("2026-01-01T00:00:00+08:00", null, NOW);
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00+08:00"), shanghai.from());
        assertEquals(OffsetDateTime.parse("2025-03-01T00:00:00Z"), ReportPeriod.parse(null, "2026-02-28", NOW).from());
    }

    @Test
    void aBadEndOrAnEmptyPeriodNamesItsField() {
        assertEquals("from", assertThrows(InvalidFieldException.class, () -> ReportPeriod.parse("March", null, NOW)).field());
        assertEquals("to", assertThrows(InvalidFieldException.class, () -> ReportPeriod.parse(null, "2026-13-01", NOW)).field());
        assertEquals("to", assertThrows(InvalidFieldException.class, () -> ReportPeriod.parse("2026-06-01", "2026-01-01", NOW)).field());
        assertEquals("to", assertThrows(InvalidFieldException.class,
                () -> ReportPeriod.parse("2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z", NOW)).field());
    }
}
