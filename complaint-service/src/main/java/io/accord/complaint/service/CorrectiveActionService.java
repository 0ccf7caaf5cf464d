package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.complaint.CorrectiveAction;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.complaint.events.CorrectiveActionChanged;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.web.Etags;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Corrective actions against complaints' causes: opened, implemented, verified effective (or sent back). */
@ApplicationScoped
public class CorrectiveActionService {

    private final ComplaintService complaints;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public CorrectiveActionService(ComplaintService complaints, EventOutbox outbox, AuditTrail audit, Clock clock) {
        this.complaints = complaints;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CorrectiveAction open(UUID complaintId, OpenCorrectiveActionCommand request) {
        Complaint complaint = complaints.get(complaintId);
        complaint.requireOpenToCorrectiveAction();
        CorrectiveAction action = CorrectiveAction.open(complaint.id, request.description(), request.owner(), request.dueDate(),
                OffsetDateTime.now(clock));
        action.persist();
        CorrectiveActionChanged data = changed(action, request.description());
        audit.record(CorrectiveAction.AGGREGATE, action.id, "opened", null, action.status, data);
        audit.record(Complaint.AGGREGATE, complaint.id, "corrective-action-opened", complaint.status, complaint.status, data);
        outbox.append(CorrectiveAction.AGGREGATE, action.id, null, ComplaintEventTypes.ACTION_OPENED, data);
        return action;
    }

    @Transactional
    public CorrectiveAction implement(UUID id, String ifMatch, String note) {
        CorrectiveAction action = get(id);
        Etags.requireMatch(ifMatch, action.version);
        CorrectiveAction.Status before = action.status;
        action.implement(note, OffsetDateTime.now(clock));
        action.flush();
        CorrectiveActionChanged data = changed(action, note);
        audit.record(CorrectiveAction.AGGREGATE, action.id, "implemented", before, action.status, data);
        outbox.append(CorrectiveAction.AGGREGATE, action.id, null, ComplaintEventTypes.ACTION_IMPLEMENTED, data);
        return action;
    }

    @Transactional
    public CorrectiveAction verify(UUID id, String ifMatch, boolean effective, String note) {
        CorrectiveAction action = get(id);
        Etags.requireMatch(ifMatch, action.version);
        CorrectiveAction.Status before = action.status;
        action.verify(effective, note, OffsetDateTime.now(clock));
        action.flush();
        CorrectiveActionChanged data = changed(action, note);
        audit.record(CorrectiveAction.AGGREGATE, action.id, effective ? "verified-effective" : "verified-ineffective", before,
                action.status, data);
        outbox.append(CorrectiveAction.AGGREGATE, action.id, null,
                effective ? ComplaintEventTypes.ACTION_VERIFIED : ComplaintEventTypes.ACTION_INEFFECTIVE, data);
        return action;
    }

    public CorrectiveAction get(UUID id) {
        CorrectiveAction action = CorrectiveAction.findById(id);
        if (action == null) {
            throw new ResourceNotFoundException("corrective action", id);
        }
        return action;
    }

    public List<CorrectiveAction> of(UUID complaintId) {
        return CorrectiveAction.list("complaintId", Sort.by("openedAt"), complaintId);
    }

    private static CorrectiveActionChanged changed(CorrectiveAction a, String note) {
        return new CorrectiveActionChanged(a.id, a.complaintId, a.status.name(), a.owner, a.dueDate, note);
    }
}
