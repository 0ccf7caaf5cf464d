package io.accord.infra.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How a mail shows a moment: in the suite's time (UTC, as every answer of the API), to the minute, in both languages. */
public final class MailFormats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private MailFormats() {
    }

    public static String time(OffsetDateTime at) {
        return at == null ? "" : MINUTES.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
