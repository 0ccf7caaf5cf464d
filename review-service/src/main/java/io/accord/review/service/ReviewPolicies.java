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
    private final DepartmentDirectory departments;

    public ReviewPolicies(CurrentActor actor, Clock clock, DepartmentDirectory departments) {
        this.actor = actor;
        this.clock = clock;
        this.departments = departments;
    }

    public ReviewPolicy current() {
        return ReviewPolicy.current();
    }

    /**
     * A new version; every department it names must be in the directory and in use (422 naming the field), and its
     * escalation must come after its reminder (400 naming {@code escalation.escalateAfterHours}).
     */
    @Transactional
    public ReviewPolicy replace(PolicyRules rules) {
        rules.escalation().requireOrdered();
        departments.requireInUse(rules);
        ReviewPolicy next = ReviewPolicy.current().replacedBy(rules, actor.name(), OffsetDateTime.now(clock));
        next.persist();
        return next;
    }
}
