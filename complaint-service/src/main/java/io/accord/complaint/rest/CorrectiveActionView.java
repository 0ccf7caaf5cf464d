package io.accord.complaint.rest;

import io.accord.complaint.CorrectiveAction;
import io.accord.infra.signatures.Signature;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record CorrectiveActionView(UUID id, UUID complaintId, String description, String owner, LocalDate dueDate,
        CorrectiveAction.Status status, String implementationNote, OffsetDateTime implementedAt, String verificationNote,
        OffsetDateTime verifiedAt, Signature verificationSignature, int ineffectiveCount, OffsetDateTime openedAt) {

    public static CorrectiveActionView of(CorrectiveAction a) {
        return new CorrectiveActionView(a.id, a.complaintId, a.description, a.owner, a.dueDate, a.status, a.implementationNote,
                a.implementedAt, a.verificationNote, a.verifiedAt, a.verificationSignature, a.ineffectiveCount, a.openedAt);
    }
}
