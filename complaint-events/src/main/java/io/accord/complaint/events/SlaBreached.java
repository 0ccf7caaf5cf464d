package io.accord.complaint.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code complaint.sla-breached}: which deadline ({@code ACKNOWLEDGEMENT} or {@code RESOLUTION}) passed. */
public record SlaBreached(UUID complaintId, UUID customerId, String deadline, OffsetDateTime dueAt) {
}
