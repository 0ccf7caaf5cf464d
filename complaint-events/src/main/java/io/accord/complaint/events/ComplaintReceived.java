package io.accord.complaint.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code complaint.received}. {@code channel}, {@code category} and {@code severity} are names of the
 * service's {@code ComplaintChannel}, {@code ComplaintCategory} and {@code ComplaintSeverity}.
 */
public record ComplaintReceived(UUID complaintId, UUID customerId, String channel, String category,
        String severity, String description, String orderRef, UUID sourceFeedbackId, OffsetDateTime ackDueAt,
        OffsetDateTime resolutionDueAt) {
}
