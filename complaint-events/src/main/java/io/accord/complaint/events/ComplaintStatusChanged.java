package io.accord.complaint.events;

import io.accord.complaint.ComplaintStatus;

import java.util.UUID;

/** Data of the lifecycle events after reception: where the complaint was, where it is, and what was recorded. */
public record ComplaintStatusChanged(UUID complaintId, UUID customerId, ComplaintStatus from, ComplaintStatus to,
        Object detail) {
}
