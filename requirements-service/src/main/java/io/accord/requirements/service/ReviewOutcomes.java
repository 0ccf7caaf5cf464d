package io.accord.requirements.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.requirements.Customer;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Applies the review's events to the requirement record: only for the revision they were about. */
@ApplicationScoped
@WritesChanges
public class ReviewOutcomes {

    private static final Logger LOG = Logger.getLogger(ReviewOutcomes.class);

    private final Clock clock;

    public ReviewOutcomes(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewOpened(UUID requirementId, int revision, UUID reviewId) {
        Requirement r = Requirement.findById(requirementId);
        if (r == null) {
            LOG.warnf("review %s opened for unknown requirement %s; ignored", reviewId, requirementId);
            return;
        }
        r.reviewOpened(reviewId, revision, OffsetDateTime.now(clock));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewDecided(UUID requirementId, int revision, UUID reviewId, RequirementStatus outcome) {
        Requirement r = Requirement.findById(requirementId);
        if (r == null) {
            LOG.warnf("review %s decided for unknown requirement %s; ignored", reviewId, requirementId);
            return;
        }
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
    }

}
