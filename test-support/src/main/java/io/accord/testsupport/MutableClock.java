package io.accord.testsupport;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The services' {@link Clock} in tests (a test profile selects this alternative): real time, UTC, to the microsecond
 * like the production clock, plus an offset a test moves with {@link #advance} to reach a deadline instead of editing
 * rows or sleeping. It keeps running, so everything else (ordering by time, "now" windows) behaves as in production.
 * The application is shared by the test classes of a profile: a test that moves the clock {@link #reset}s it.
 */
@Alternative
@Singleton
public class MutableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** Moves time on (or back, with a negative amount) for everything that reads this clock. */
    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Back to real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time in another zone: a later {@link #advance} moves it too. */
    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new MutableClock(offset, other);
    }
}
