package io.accord.review.service;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.security.CurrentActor;
import io.accord.review.PolicyRules;
import io.accord.review.ReviewPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class ReviewPolicies {

    /** The policy's history lives under one fixed aggregate id. */
    static final UUID POLICY_AGGREGATE_ID = UUID.fromString("00000000-0000-0000-0000-00000000a11c");

    private final CurrentActor actor;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewPolicies(CurrentActor actor, AuditTrail audit, Clock clock) {
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    public ReviewPolicy current() {
        return ReviewPolicy.current();
    }

    @Transactional
    public ReviewPolicy replace(PolicyRules rules) {
        ReviewPolicy previous = ReviewPolicy.current();
        ReviewPolicy next = new ReviewPolicy();
        next.version = previous.version + 1;
        next.rules = rules;
        next.createdBy = actor.name();
        next.createdAt = OffsetDateTime.now(clock);
        next.persist();
        audit.record("review-policy", POLICY_AGGREGATE_ID, "policy version " + next.version, "v" + previous.version,
                "v" + next.version, rules);
        return next;
    }
}
