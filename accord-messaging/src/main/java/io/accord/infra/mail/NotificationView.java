package io.accord.infra.mail;

import java.time.OffsetDateTime;

/**
 * A mail as staff see it in the notifications list: to whom, about what, in which language, and how it went (with the
 * reason of the last failure). Never its bodies: a mail may carry a one-time link.
 *
 * @param id      unique within the suite: the service's name, a colon, the row's number ({@code complaint-service:42})
 * @param service the service that queued it
 * @param reason  why the last attempt failed (a FAILED mail: why it was given up), null when none did
 */
public record NotificationView(String id, String service, String recipient, String template, String subject,
        String locale, MailStatus status, int attempts, String reason, OffsetDateTime queuedAt, OffsetDateTime sentAt,
        String aboutType, String aboutId) {

    static NotificationView of(QueuedMail mail, String service) {
        return new NotificationView(service + ":" + mail.id, service, mail.recipient, mail.template, mail.subject,
                mail.locale, mail.status, mail.attempts, mail.lastError, mail.queuedAt, mail.sentAt, mail.aboutType,
                mail.aboutId);
    }
}
