package io.accord.infra.analysis;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The periods a trend is cut into ({@code ?interval=week|month|quarter}, month when absent), in UTC as every time of
 * the suite: what {@code date_trunc} groups by in SQL, and the label a person reads (a week by its Monday,
 * {@code 2026-03-02}; a month {@code 2026-03}; a quarter {@code 2026-Q1}). Feedback's satisfaction trend and the
 * complaint trend share it.
 */
public enum TrendInterval {
    WEEK("week"), MONTH("month"), QUARTER("quarter");

    private final String unit;

    TrendInterval(String unit) {
        this.unit = unit;
    }

    /** The query parameter's value; anything else is a 400 naming {@code interval}. */
    public static TrendInterval parse(String value) {
        for (TrendInterval i : values()) {
            if (i.unit.equalsIgnoreCase(value == null ? "month" : value)) {
                return i;
            }
        }
        throw new InvalidFieldException("interval", Text.of("analysis.interval"));
    }

    /** As the trend's answer names it: {@code week}, {@code month}, {@code quarter}. */
    public String unit() {
        return unit;
    }

    /** The native SQL expression of the UTC period a {@code timestamptz} column falls in. */
    public String periodOf(String column) {
        return "date_trunc('" + unit + "', " + column + " at time zone 'UTC')";
    }

    public String label(OffsetDateTime start) {
        return switch (this) {
            case WEEK -> start.toLocalDate().toString();
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** A period's start as the driver returns {@link #periodOf} (a timestamp without zone, meant as UTC). */
    public static OffsetDateTime start(Object timestamp) {
        if (timestamp instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        if (timestamp instanceof Timestamp ts) {
            return ts.toLocalDateTime().atOffset(ZoneOffset.UTC);
        }
        return ((OffsetDateTime) timestamp).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
