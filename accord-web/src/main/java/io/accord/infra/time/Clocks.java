package io.accord.infra.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.Instant;
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
        return new MicrosecondClock(base.withZone(ZoneOffset.UTC));
    }

    /** Not {@code Clock.tick(base, 1 µs)}: on Java 17 its {@code millis()} divides by zero for a tick under a millisecond. */
    private static final class MicrosecondClock extends Clock {

        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone));
        }
    }
}
