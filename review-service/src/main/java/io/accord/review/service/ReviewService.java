package io.accord.review.service;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.review.Consolidation;
import io.accord.review.Department;
import io.accord.review.DecisionRecord;
import io.accord.review.Opinion;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewStatus;
import io.accord.review.events.OpinionRecorded;
import io.accord.review.events.ReviewConsolidated;
import io.accord.review.events.ReviewDecided;
import io.accord.review.events.ReviewEventTypes;
import io.accord.review.events.ReviewOpened;
import io.accord.review.messaging.RequirementSubmitted;
import io.accord.review.rest.ConsolidationRequest;
import io.accord.review.rest.DecisionRequest;
import io.accord.review.rest.OpinionRequest;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final ReviewRouting routing;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public ReviewService(ReviewRouting routing, EventOutbox outbox, AuditTrail audit, CurrentActor actor) {
        this.routing = routing;
        this.outbox = outbox;
        this.audit = audit;
        this.actor = actor;
    }

    /** Opens the review of a submitted revision; a second submission of the same revision opens nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(RequirementSubmitted submitted) {
        if (Review.count("requirementId = ?1 and requirementRevision = ?2", submitted.requirementId(), submitted.revision()) > 0) {
            LOG.infof("revision %d of %s already has a review", submitted.revision(), submitted.requirementId());
            return;
        }
        ReviewRouting.Route route = routing.route(submitted);
        RequirementSummary summary = new RequirementSummary(submitted.customerId(), submitted.customerCode(),
                submitted.newCustomer(), submitted.source(), submitted.title(), submitted.totalValue(), submitted.currency(),
                submitted.categories() == null ? List.of() : submitted.categories(),
                submitted.services() == null ? List.of() : submitted.services(), submitted.highRisk());
        Review review = Review.open(submitted.requirementId(), submitted.revision(), summary, route.type(),
                route.departments(), route.reasons());
        review.persistAndFlush();
        audit.record(Review.AGGREGATE, review.id, "opened", null, review.status, route.reasons());
        outbox.append(Review.AGGREGATE, review.id, review.requirementRevision, ReviewEventTypes.OPENED,
                new ReviewOpened(review.id, review.requirementId, review.requirementRevision, review.type,
                        review.requiredDepartments, review.routingReasons));
    }

    @Transactional
    public Review recordOpinion(UUID id, OpinionRequest request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        if (!review.requires(request.department())) {
            throw new ForbiddenException(request.department() + " is not a required department of this review");
        }
        Opinion opinion = review.recordOpinion(request.department(), request.verdict(), request.comment(),
                request.conditions(), actor.name());
        review.flush();
        audit.record(Review.AGGREGATE, id, "opinion recorded: " + request.department(), review.status, review.status, opinion);
        outbox.append(Review.AGGREGATE, id, review.requirementRevision, ReviewEventTypes.OPINION_RECORDED,
                new OpinionRecorded(id, review.requirementId, review.requirementRevision, opinion.department(), opinion.verdict()));
        return review;
    }

    @Transactional
    public Review consolidate(UUID id, ConsolidationRequest request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        ReviewStatus before = review.status;
        review.consolidate(new Consolidation(request.termsApplicable(), request.termsComplete(), request.termsClear(),
                request.discrepanciesResolved(), request.comment(), actor.name(), OffsetDateTime.now()));
        review.flush();
        audit.record(Review.AGGREGATE, id, "consolidated", before, review.status, review.consolidation);
        outbox.append(Review.AGGREGATE, id, review.requirementRevision, ReviewEventTypes.CONSOLIDATED,
                new ReviewConsolidated(id, review.requirementId, review.requirementRevision));
        return review;
    }

    @Transactional
    public Review decide(UUID id, DecisionRequest request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        ReviewStatus before = review.status;
        review.decide(new DecisionRecord(request.decision(), request.comment(), request.overrideReason(), actor.name(),
                OffsetDateTime.now()));
        review.flush();
        audit.record(Review.AGGREGATE, id, "decided", before, review.status, review.decision);
        String type = switch (request.decision()) {
            case APPROVED -> ReviewEventTypes.APPROVED;
            case REJECTED -> ReviewEventTypes.REJECTED;
            case CLARIFICATION_REQUIRED -> ReviewEventTypes.CLARIFICATION_REQUIRED;
        };
        outbox.append(Review.AGGREGATE, id, review.requirementRevision, type, new ReviewDecided(id, review.requirementId,
                review.requirementRevision, request.decision(), request.comment(), request.overrideReason()));
        return review;
    }

    public Review get(UUID id) {
        Review review = Review.findById(id);
        if (review == null) {
            throw new ResourceNotFoundException("review", id);
        }
        return review;
    }

    public Page<Review> list(UUID requirementId, ReviewStatus status, Department department, PageParams page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (requirementId != null) {
            query.append(" and requirementId = :requirementId");
            params.put("requirementId", requirementId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (department != null) {
            query.append(" and :department member of requiredDepartments");
            params.put("department", department);
        }
        var q = Review.find(query.toString(), Sort.descending("openedAt"), params);
        return new Page<>(q.page(page.page, page.size).list(), page.page, page.size, q.count());
    }
}
