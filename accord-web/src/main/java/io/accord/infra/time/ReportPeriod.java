package io.accord.infra.time;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The period a report covers, {@code from} inclusive to {@code to} exclusive, as the management review's figures are
 * asked for ({@code ?from=&to=}). Either end is an instant ({@code 2026-01-01T00:00:00+08:00}) or a date: a date
 * {@code from} starts at that day's beginning, a date {@code to} ends at that day's end (so {@code from=2026-01-01&to=2026-12-31}
 * is the whole year), both in UTC. Without {@code to} the period ends now; without {@code from} it starts twelve
 * months before its end (a management review looks back over a year).
 */
public record ReportPeriod(OffsetDateTime from, OffsetDateTime to) {

    public ReportPeriod {
        if (!from.isBefore(to)) {
            throw new InvalidFieldException("to", Text.of("web.range.to-after-from"));
        }
    }

    /** From the query's strings; one that is neither an instant nor a date is a 400 naming its field. */
    public static ReportPeriod parse(String from, String to, Clock clock) {
        return of(instant("from", from, false), instant("to", to, true), clock);
    }

    /** From already parsed ends, either of which may be absent. */
    public static ReportPeriod of(OffsetDateTime from, OffsetDateTime to, Clock clock) {
        OffsetDateTime end = to == null ? OffsetDateTime.now(clock) : to;
        return new ReportPeriod(from == null ? end.minusMonths(12) : from, end);
    }

    private static OffsetDateTime instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(value.trim());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADate) {
                throw new InvalidFieldException(field, Text.of("web.range.instant-or-date"));
            }
        }
    }
}
