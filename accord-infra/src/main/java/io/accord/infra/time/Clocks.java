package io.accord.infra.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of "now", injected wherever time matters (services, watches, infrastructure; aggregates are handed
 * the time), so tests move it instead of editing rows or sleeping. UTC, to the microsecond: PostgreSQL's
 * {@code timestamptz} keeps microseconds, so a value read back equals the one written and audit hashes, comparisons
 * and API answers do not drift after a reload.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return utcMicros(Clock.systemUTC());
    }

    /**
     * Bean Validation's {@code @FutureOrPresent} and friends judge by the same clock, in the zone they always used (the
     * system's), so a due date's "today" is what it was before.
     */
    @Produces
    @Singleton
    ClockProvider validationClock(Clock clock) {
        return () -> clock.withZone(ZoneId.systemDefault());
    }

    /** {@code base} in UTC, truncated to the microsecond. */
    public static Clock utcMicros(Clock base) {
        return Clock.tick(base.withZone(ZoneOffset.UTC), ChronoUnit.MICROS.getDuration());
    }
}
