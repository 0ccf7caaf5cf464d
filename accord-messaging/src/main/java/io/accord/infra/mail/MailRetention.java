package io.accord.infra.mail;

import io.quarkus.arc.properties.IfBuildProperty;
import io.accord.infra.retention.PurgeableTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Sent mail is kept for the notifications list for {@code accord.retention.window.mail-sent} after it was sent, then
 * purged (rows without {@code sent_at}, queued or failed, are never purged by it: a failure stays until someone saw it).
 */
@IfBuildProperty(name = "accord.mail.enabled", stringValue = "true", enableIfMissing = true)
@Singleton
public class MailRetention {

    @Produces
    @Singleton
    PurgeableTable sentMail() {
        return new PurgeableTable("mail-sent", "mail_outbox", "sent_at");
    }
}
