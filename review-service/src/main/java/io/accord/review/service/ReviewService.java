package io.accord.review.service;

import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.outbox.EventOutbox;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.web.Etags;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.review.Consolidation;
import io.accord.review.Department;
import io.accord.review.DecisionRecord;
import io.accord.review.Opinion;
import io.accord.review.OrderConfirmation;
import io.accord.review.ReviewPolicy;
import io.accord.review.ReviewTask;
import io.accord.review.Risk;
import io.accord.review.events.ReviewSuperseded;
import io.accord.review.events.TaskOverdue;
import io.accord.review.Review;
import io.accord.review.ReviewStatus;
import io.accord.review.events.OpinionRecorded;
import io.accord.review.events.ReviewConsolidated;
import io.accord.review.events.ReviewDecided;
import io.accord.review.events.ReviewEventTypes;
import io.accord.review.events.ReviewOpened;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final ReviewRouting routing;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final ReviewRecords records;
    private final Clock clock;

    public ReviewService(ReviewRouting routing, EventOutbox outbox, AuditTrail audit, CurrentActor actor, ReviewRecords records,
            Clock clock) {
        this.routing = routing;
        this.outbox = outbox;
        this.audit = audit;
        this.actor = actor;
        this.records = records;
        this.clock = clock;
    }

    /** Opens the review of a submitted revision; a second submission of the same revision opens nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(OpenReviewCommand submitted) {
        if (Review.count("requirementId = ?1 and requirementRevision = ?2", submitted.requirementId(), submitted.revision()) > 0) {
            LOG.infof("revision %d of %s already has a review", submitted.revision(), submitted.requirementId());
            return;
        }
        openRouted(submitted, List.of());
    }

    /**
     * A new revision supersedes the review of the old one (whatever its state) and gets its own review. The
     * departments the changed fields touch review again; the others' opinions carry over, marked with the
     * revision they were given for. Consolidation and decision are always redone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(ReReviewCommand amended) {
        OpenReviewCommand current = amended.current();
        if (Review.count("requirementId = ?1 and requirementRevision = ?2", current.requirementId(), current.revision()) > 0) {
            return;
        }
        ReviewPolicy policy = ReviewPolicy.current();
        Set<Department> affected = routing.affectedBy(amended.changedPaths(), policy.rules);
        List<Opinion> carried = new java.util.ArrayList<>();
        Review previous = Review.find("requirementId = ?1 and status <> ?2 order by requirementRevision desc",
                current.requirementId(), ReviewStatus.SUPERSEDED).firstResult();
        Review next = openRouted(current, List.of("re-review of revision " + current.revision() + " (" + amended.reason()
                + "): changed " + amended.changedPaths() + " touches " + affected));
        if (previous != null) {
            for (Opinion o : previous.opinions) {
                if (o.current() && !affected.contains(o.department()) && next.requires(o.department())) {
                    next.carryOver(o);
                    carried.add(o);
                }
            }
            ReviewStatus before = previous.status;
            previous.supersede(next.id, now());
            audit.record(Review.AGGREGATE, previous.id, "superseded by revision " + current.revision(), before,
                    previous.status, java.util.Map.of("supersededBy", next.id));
            outbox.append(Review.AGGREGATE, previous.id, previous.requirementRevision, ReviewEventTypes.SUPERSEDED,
                    new ReviewSuperseded(previous.id, previous.requirementId, previous.requirementRevision, next.id));
        }
        if (!carried.isEmpty()) {
            audit.record(Review.AGGREGATE, next.id, "opinions carried over", next.status, next.status,
                    carried.stream().map(o -> o.department() + " (revision " + o.forRevision() + ")").toList());
        }
    }

    private Review openRouted(OpenReviewCommand submitted, List<String> extraReasons) {
        ReviewPolicy policy = ReviewPolicy.current();
        ReviewRouting.Route route = routing.route(submitted.summary(), submitted.value(), policy.rules);
        List<String> reasons = new java.util.ArrayList<>(extraReasons);
        reasons.addAll(route.reasons());
        Review review = Review.open(submitted.requirementId(), submitted.revision(), submitted.summary(), route.type(),
                route.departments(), reasons, policy, now());
        review.persistAndFlush();
        audit.record(Review.AGGREGATE, review.id, "opened", null, review.status, reasons);
        outbox.append(Review.AGGREGATE, review.id, review.requirementRevision, ReviewEventTypes.OPENED,
                new ReviewOpened(review.id, review.requirementId, review.requirementRevision, review.type,
                        review.requiredDepartments, review.routingReasons));
        return review;
    }

    @Transactional
    public Review addRisk(UUID id, AssessRiskCommand request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        Risk risk = review.addRisk(request.category(), request.likelihood(), request.impact(), request.mitigation(), actor.name(),
                now());
        review.flush();
        audit.record(Review.AGGREGATE, id, "risk assessed", review.status, review.status, risk);
        return review;
    }

    @Transactional
    public Review confirmOrder(UUID id, ConfirmOrderCommand request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        ReviewStatus before = review.status;
        review.confirmOrder(new OrderConfirmation(request.method(), request.reference(), actor.name(), now()));
        decided(review, before);
        return review;
    }

    @Transactional
    public Review recordOpinion(UUID id, RecordOpinionCommand request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        if (!review.requires(request.department())) {
            throw new ForbiddenException(request.department() + " is not a required department of this review");
        }
        Opinion opinion = review.recordOpinion(request.department(), request.verdict(), request.comment(),
                request.conditions(), actor.name(), now());
        review.flush();
        audit.record(Review.AGGREGATE, id, "opinion recorded: " + request.department(), review.status, review.status, opinion);
        outbox.append(Review.AGGREGATE, id, review.requirementRevision, ReviewEventTypes.OPINION_RECORDED,
                new OpinionRecorded(id, review.requirementId, review.requirementRevision, opinion.department(), opinion.verdict()));
        return review;
    }

    @Transactional
    public Review consolidate(UUID id, ConsolidateReviewCommand request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        ReviewStatus before = review.status;
        review.consolidate(new Consolidation(request.termsApplicable(), request.termsComplete(), request.termsClear(),
                request.discrepanciesResolved(), request.comment(), actor.name(), now()));
        review.flush();
        audit.record(Review.AGGREGATE, id, "consolidated", before, review.status, review.consolidation);
        outbox.append(Review.AGGREGATE, id, review.requirementRevision, ReviewEventTypes.CONSOLIDATED,
                new ReviewConsolidated(id, review.requirementId, review.requirementRevision));
        return review;
    }

    @Transactional
    public Review decide(UUID id, DecideReviewCommand request, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        ReviewStatus before = review.status;
        review.decide(new DecisionRecord(request.decision(), request.comment(), request.overrideReason(), actor.name(),
                now()));
        decided(review, before);
        return review;
    }

    /** Freezes the record (its hash goes into the history chain) and publishes the decision. */
    private void decided(Review review, ReviewStatus before) {
        records.freeze(review);
        review.flush();
        audit.record(Review.AGGREGATE, review.id, "decided", before, review.status,
                java.util.Map.of("decision", review.decision, "recordHash", review.recordHash));
        String type = switch (review.decision.decision()) {
            case APPROVED -> ReviewEventTypes.APPROVED;
            case REJECTED -> ReviewEventTypes.REJECTED;
            case CLARIFICATION_REQUIRED -> ReviewEventTypes.CLARIFICATION_REQUIRED;
        };
        outbox.append(Review.AGGREGATE, review.id, review.requirementRevision, type, new ReviewDecided(review.id,
                review.requirementId, review.requirementRevision, review.decision.decision(), review.decision.comment(),
                review.decision.overrideReason()));
    }

    /** Marks tasks past their SLA and publishes review.task-overdue once per task. */
    @Transactional
    public int markOverdue() {
        OffsetDateTime now = now();
        int marked = 0;
        List<Review> open = Review.list("status", ReviewStatus.OPEN);
        for (Review review : open) {
            for (ReviewTask task : review.markOverdue(now)) {
                audit.record(Review.AGGREGATE, review.id, "task overdue: " + task.department(), review.status, review.status, task);
                outbox.append(Review.AGGREGATE, review.id, review.requirementRevision, ReviewEventTypes.TASK_OVERDUE,
                        new TaskOverdue(review.id, review.requirementId, review.requirementRevision, task.department(), task.dueAt()));
                marked++;
            }
        }
        return marked;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public Review get(UUID id) {
        Review review = Review.findById(id);
        if (review == null) {
            throw new ResourceNotFoundException("review", id);
        }
        return review;
    }

    public Page<Review> list(UUID requirementId, UUID customerId, ReviewStatus status, Department department, Boolean overdue,
            PageParams page) {
        QueryFilter filter = new QueryFilter().equal("customerId", customerId).equal("requirementId", requirementId)
                .equal("status", status).where(":department member of requiredDepartments", "department", department)
                .when(Boolean.TRUE.equals(overdue), "overdue = true");
        return Pages.of(Review.find(filter.query(), Sort.descending("openedAt"), filter.params()), page);
    }
}
