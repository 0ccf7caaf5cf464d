package io.accord.complaint.service;

import io.accord.complaint.CorrectiveAction;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.Signer;
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
@WritesChanges
public class CorrectiveActionService {

    private final ComplaintService complaints;
    private final Signer signer;
    private final Clock clock;

    public CorrectiveActionService(ComplaintService complaints, Signer signer, Clock clock) {
        this.complaints = complaints;
        this.signer = signer;
        this.clock = clock;
    }

    @Transactional
    public CorrectiveAction open(UUID complaintId, OpenCorrectiveActionCommand request) {
        CorrectiveAction action = complaints.get(complaintId).openCorrectiveAction(request.description(), request.owner(),
                request.dueDate(), OffsetDateTime.now(clock));
        action.persist();
        return action;
    }

    @Transactional
    public CorrectiveAction implement(UUID id, String ifMatch, String note) {
        CorrectiveAction action = writable(id, ifMatch);
        action.implement(note, OffsetDateTime.now(clock));
        return action;
    }

    /** Signed by the checker, who must have signed in recently (else 401, reauthenticate). */
    @Transactional
    public CorrectiveAction verify(UUID id, String ifMatch, boolean effective, String note) {
        Signature signature = signer.sign(CorrectiveAction.verificationMeaning(effective));
        CorrectiveAction action = writable(id, ifMatch);
        action.verify(effective, note, signature, OffsetDateTime.now(clock));
        return action;
    }

    /** The action to change, if the caller saw its current version. */
    private CorrectiveAction writable(UUID id, String ifMatch) {
        CorrectiveAction action = get(id);
        Etags.requireMatch(ifMatch, action.version);
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
}
