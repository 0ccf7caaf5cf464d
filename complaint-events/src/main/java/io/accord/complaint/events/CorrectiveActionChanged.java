package io.accord.complaint.events;

import io.accord.complaint.CorrectiveAction;

import java.time.LocalDate;
import java.util.UUID;

/** Data of the {@code corrective-action.*} events. */
public record CorrectiveActionChanged(UUID actionId, UUID complaintId, CorrectiveAction.Status status, String owner,
        LocalDate dueDate, String note) {

    public static CorrectiveActionChanged of(CorrectiveAction a, String note) {
        return new CorrectiveActionChanged(a.id, a.complaintId, a.status, a.owner, a.dueDate, note);
    }
}
