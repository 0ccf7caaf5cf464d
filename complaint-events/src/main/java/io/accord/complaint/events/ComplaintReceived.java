package io.accord.complaint.events;

import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code complaint.received}. */
public record ComplaintReceived(UUID complaintId, UUID customerId, ComplaintChannel channel, ComplaintCategory category,
        ComplaintSeverity severity, String description, String orderRef, UUID sourceFeedbackId, OffsetDateTime ackDueAt,
        OffsetDateTime resolutionDueAt) {
}
