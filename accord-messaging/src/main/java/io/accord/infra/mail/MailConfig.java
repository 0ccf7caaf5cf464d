package io.accord.infra.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Who mail is from and how the mail relay sends it, retries it, and gives up on it. */
@ConfigMapping(prefix = "accord.mail")
public interface MailConfig {

    /** The From address ({@code ACCORD_MAIL_FROM}). */
    String from();

    Relay relay();

    /**
     * Where staff are mailed ({@code ACCORD_MAIL_STAFF_DOMAIN}, {@code ACCORD_MAIL_GENERAL_MANAGER},
     * {@code ACCORD_MAIL_QUALITY_MANAGER}; defaults in this library's microprofile-config.properties). Part of this
     * mapping, not one of its own: a service that mails no staff would otherwise not register it, and its start would
     * fail on the defaults as properties of {@code accord.mail} nothing maps.
     */
    Staff staff();

    interface Staff {
        /** The domain a user id that is not an address is mailed at: {@code li.na} → {@code li.na@<domain>}. */
        String domain();

        /** The general manager, who receives the escalation of overdue review tasks: a user id or an address. */
        String generalManager();

        /** The quality manager, who receives breached complaint SLAs and overdue corrective actions. */
        String qualityManager();
    }

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /**
         * Mails claimed per transaction: each is sent while its row is locked, so a batch is small (a slow SMTP server
         * holds its rows, not the table; other replicas skip them).
         */
        @WithDefault("10")
        int batchSize();

        /** How often the relay looks for mail due again (a retry's time) when no commit woke it. */
        @WithDefault("5s")
        Duration pollEvery();

        /** Wait before the first retry; doubled after each failed attempt, up to {@link #maxBackoff}. */
        @WithDefault("30s")
        Duration backoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** Attempts after which a mail the server keeps refusing for a while (4xx) or cannot be reached for is FAILED. */
        @WithDefault("20")
        int maxAttempts();

        /** Age after which a mail still not sent is FAILED at its next failed attempt, however few attempts it had. */
        @WithDefault("3d")
        Duration maxAge();

        /** Pause after the database could not be read before trying again. */
        @WithDefault("1s")
        Duration errorBackoff();
    }
}
