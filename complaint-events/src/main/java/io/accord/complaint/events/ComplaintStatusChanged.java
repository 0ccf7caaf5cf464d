package io.accord.complaint.events;

import java.util.UUID;

/**
 * Data of the lifecycle events after reception: where the complaint was, where it is (names of the service's
 * {@code ComplaintStatus}), and what was recorded.
 */
public record ComplaintStatusChanged(UUID complaintId, UUID customerId, String from, String to,
        Object detail) {
}
