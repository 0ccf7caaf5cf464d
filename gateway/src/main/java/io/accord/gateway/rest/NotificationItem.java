package io.accord.gateway.rest;

import java.time.OffsetDateTime;

/**
 * A mail of the merged list, as the service that queued it lists it (accord-messaging's NotificationView): never a body.
 *
 * @param id     unique across services: the service's name, a colon, its number ({@code complaint-service:42})
 * @param reason why the last attempt failed (a FAILED mail: why it was given up), null when none did
 */
public record NotificationItem(String id, String service, String recipient, String template, String subject,
        String locale, MailStatus status, int attempts, String reason, OffsetDateTime queuedAt, OffsetDateTime sentAt,
        String aboutType, String aboutId) {
}
