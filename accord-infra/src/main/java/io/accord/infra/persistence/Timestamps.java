package io.accord.infra.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * "Now" as the database keeps it: UTC, to the microsecond (PostgreSQL's {@code timestamptz} precision), so a
 * value read back equals the one written — audit hashes, comparisons and API answers do not drift after a reload.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
