package io.accord.complaint.events;

import java.time.LocalDate;
import java.util.UUID;

/** Data of the {@code corrective-action.*} events; {@code status} is a name of the service's {@code CorrectiveAction.Status}. */
public record CorrectiveActionChanged(UUID actionId, UUID complaintId, String status, String owner,
        LocalDate dueDate, String note) {
}
