package io.accord.review.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.infra.security.CurrentActor;
import io.accord.review.PolicyRules;
import io.accord.review.ReviewPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

@ApplicationScoped
@WritesChanges
public class ReviewPolicies {

    private final CurrentActor actor;
    private final Clock clock;

    public ReviewPolicies(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    public ReviewPolicy current() {
        return ReviewPolicy.current();
    }

    @Transactional
    public ReviewPolicy replace(PolicyRules rules) {
        ReviewPolicy next = ReviewPolicy.current().replacedBy(rules, actor.name(), OffsetDateTime.now(clock));
        next.persist();
        return next;
    }
}
