package io.accord.requirements.service;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.outbox.EventOutbox;
import io.accord.requirements.Customer;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.events.RequirementStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Applies the review's events to the requirement record: only for the revision they were about. */
@ApplicationScoped
public class ReviewOutcomes {

    private static final Logger LOG = Logger.getLogger(ReviewOutcomes.class);

    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final Clock clock;

    public ReviewOutcomes(AuditTrail audit, EventOutbox outbox, Clock clock) {
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewOpened(UUID requirementId, int revision, UUID reviewId) {
        Requirement r = Requirement.findById(requirementId);
        if (r == null) {
            LOG.warnf("review %s opened for unknown requirement %s; ignored", reviewId, requirementId);
            return;
        }
        RequirementStatus before = r.status;
        if (r.reviewOpened(reviewId, revision, OffsetDateTime.now(clock))) {
            changed(r, before, "review opened");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewDecided(UUID requirementId, int revision, UUID reviewId, RequirementStatus outcome) {
        Requirement r = Requirement.findById(requirementId);
        if (r == null) {
            LOG.warnf("review %s decided for unknown requirement %s; ignored", reviewId, requirementId);
            return;
        }
        RequirementStatus before = r.status;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!r.reviewDecided(reviewId, revision, outcome, now)) {
            LOG.infof("decision of review %s for revision %d of %s ignored: record is at revision %d, %s",
                    reviewId, revision, requirementId, r.revision, r.status);
            return;
        }
        if (outcome == RequirementStatus.ACCEPTED) {
            Customer customer = Customer.findById(r.customerId);
            customer.orderAccepted(now);
        }
        changed(r, before, "review decided");
    }

    private void changed(Requirement r, RequirementStatus before, String action) {
        audit.record(Requirement.AGGREGATE, r.id, action, before, r.status, null);
        outbox.append(Requirement.AGGREGATE, r.id, r.revision, RequirementEventTypes.REQUIREMENT_STATUS_CHANGED,
                new RequirementStatusChanged(r.id, r.revision, r.customerId, before.name(), r.status.name(), r.reviewId,
                        r.erpClient, r.erpOrderNo));
    }
}
