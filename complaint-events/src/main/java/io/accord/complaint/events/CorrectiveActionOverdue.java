package io.accord.complaint.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code corrective-action.overdue}: the action, its complaint and owner, the date it was due and its status then
 * ({@code OPEN}, or {@code INEFFECTIVE}: found not to work and not yet implemented anew).
 */
public record CorrectiveActionOverdue(UUID actionId, UUID complaintId, String owner, LocalDate dueDate, String status) {
}
