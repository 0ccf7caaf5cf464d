package io.accord.gateway.service;

import io.accord.infra.retention.PurgeableTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A stream ticket nobody redeemed stays in the table after it expired (redeeming deletes it); the retention job
 * removes those {@code accord.retention.window.stream-tickets} after their expiry, off the request path.
 */
@Singleton
public class StreamTicketRetention {

    @Produces
    @Singleton
    PurgeableTable streamTickets() {
        return new PurgeableTable("stream-tickets", "stream_ticket", "expires_at");
    }
}
