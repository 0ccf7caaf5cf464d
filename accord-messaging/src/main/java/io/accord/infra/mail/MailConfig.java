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
