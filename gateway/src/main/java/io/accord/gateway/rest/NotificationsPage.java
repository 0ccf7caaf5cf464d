package io.accord.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of the mails of every service, newest first, in the list envelope of API.md, and the services that did not
 * answer (their mails are missing from it, not silently: named here).
 */
public record NotificationsPage(List<NotificationItem> items, int page, int size,
        @Schema(description = "matches in all answering services, exact when totalExact") long total,
        boolean totalExact,
        @Schema(description = "services whose mails are missing because they did not answer (requirements, reviews, feedback, complaints)")
        List<String> unavailable) {
}
