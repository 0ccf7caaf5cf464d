package io.accord.infra.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClocksTest {

    @Test
    void nowIsUtcToTheMicrosecondAsPostgresqlKeepsIt() {
        Clock shanghai = Clock.fixed(Instant.parse("2026-03-01T08:15:30.123456789Z"), ZoneId.of("Asia/Shanghai"));

        OffsetDateTime now = OffsetDateTime.now(Clocks.utcMicros(shanghai));

        assertEquals(OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"), now);
        assertEquals(ZoneOffset.UTC, now.getOffset());
    }

    @Test
    void itAnswersInMillisecondsAndInAnyZoneAsWell() {
        Clock clock = Clocks.utcMicros(Clock.fixed(Instant.parse("2026-03-01T08:15:30.123456789Z"), ZoneOffset.UTC));

        assertEquals(Instant.parse("2026-03-01T08:15:30.123Z").toEpochMilli(), clock.millis());
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        assertEquals(ZoneId.of("Asia/Shanghai"), shanghai.getZone());
        assertEquals(Instant.parse("2026-03-01T08:15:30.123456Z"), shanghai.instant());
    }
}
