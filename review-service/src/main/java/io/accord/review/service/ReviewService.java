package io.accord.review.service;

import io.accord.infra.csv.CsvRows;
import io.accord.infra.persistence.ListExports;
import java.util.function.Function;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ForbiddenActionException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.infra.persistence.Exists;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import io.accord.infra.signatures.Signer;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.sla.SlaBreaches;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.review.Consolidation;
import io.accord.review.DecisionRecord;
import io.accord.review.Department;
import io.accord.review.EscalationRules;
import io.accord.review.OrderConfirmation;
import io.accord.review.RequirementAttachment;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewPolicy;
import io.accord.review.ReviewStatus;
import io.accord.review.ReviewTask;
import io.accord.review.ReviewType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@WritesChanges
public class ReviewService {

    /** What the list sorts by (the OpenAPI of ReviewResource.list names the same fields); newest first by default. */
    private static final Sorting<Review> SORTING = Sorting.<Review>unique("id", UUID.class, r -> r.id)
            .field("openedAt", OffsetDateTime.class, r -> r.openedAt)
            .field("updatedAt", OffsetDateTime.class, r -> r.updatedAt)
            .field("status", ReviewStatus.class, r -> r.status)
            .field("type", ReviewType.class, r -> r.type)
            .byDefault("openedAt,desc");

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    private final ListExports exports;

    /** The deadline a department's review task has (accord_sla_breaches_total{deadline="review-task"}). */
    public static final String TASK_DEADLINE = "review-task";

    private final ReviewRouting routing;
    private final CurrentActor actor;
    private final SlaBreaches breaches;
    private final Signer signer;
    private final ReviewMails mails;
    private final Clock clock;

    public ReviewService(ReviewRouting routing, CurrentActor actor, SlaBreaches breaches, Signer signer, ReviewMails mails,
            Clock clock, ListExports exports) {
        this.exports = exports;
        this.routing = routing;
        this.actor = actor;
        this.breaches = breaches;
        this.signer = signer;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Opens the review of a submitted revision. A revision submitted again after its latest round asked for
     * clarification gets its next round; any other second submission of the same revision opens nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(OpenReviewCommand submitted) {
        Review latest = Review.find("requirementId = ?1 and requirementRevision = ?2 order by round desc",
                submitted.requirementId(), submitted.revision()).firstResult();
        if (latest == null) {
            mails.tasksOpened(openRouted(submitted, ReviewPolicy.current(), List.of()), false);
        } else if (latest.status == ReviewStatus.CLARIFICATION_REQUIRED) {
            Review next = routed(submitted, ReviewPolicy.current(), List.of("round " + (latest.round + 1) + " of revision "
                    + submitted.revision() + " after clarification"));
            next.follows(latest, submitted.clarification());
            next.persist(); // once it is round n+1: the row is inserted as it stands when persisted
            latest.followedBy(next);
            mails.tasksOpened(next, false);
        } else {
            LOG.infof("revision %d of %s already has a review (round %d, %s)", submitted.revision(), submitted.requirementId(),
                    latest.round, latest.status);
        }
    }

    /**
     * A new revision supersedes the review of the old one (whatever its state) and gets its own review. The
     * departments the changed fields touch review again; the others' opinions carry over, marked with the
     * revision they were given for. Consolidation and decision are always redone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(ReReviewCommand amended) {
        OpenReviewCommand current = amended.current();
        if (Exists.any(Review.class, "requirementId = ?1 and requirementRevision = ?2", current.requirementId(), current.revision())) {
            return;
        }
        ReviewPolicy policy = ReviewPolicy.current();
        Set<Department> affected = routing.affectedBy(amended.changedPaths(), policy.rules);
        Review previous = Review.find("requirementId = ?1 and status <> ?2 order by requirementRevision desc, round desc",
                current.requirementId(), ReviewStatus.SUPERSEDED).firstResult();
        Review next = openRouted(current, policy, List.of("re-review of revision " + current.revision() + " (" + amended.reason()
                + "): changed " + amended.changedPaths() + " touches " + affected));
        if (previous != null) {
            previous.supersede(next, now());
            next.continues(previous);
            next.carryOver(previous.opinions, affected);
        }
        // the departments whose opinions did not carry over: those the change re-routes to, or all of a first review
        mails.tasksOpened(next, true);
    }

    /**
     * A file was attached to the requirement: kept, and listed in the record of its reviews still open. A decided
     * review's record is frozen and keeps the files it was decided with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attachmentAdded(UUID requirementId, RequirementSummary.AttachedFile file) {
        if (RequirementAttachment.findById(file.id()) != null) {
            return;
        }
        RequirementAttachment.of(requirementId, file).persist();
        for (Review review : Review.<Review>list("requirementId = ?1 and status in ?2", requirementId,
                List.of(ReviewStatus.OPEN, ReviewStatus.CONSOLIDATED))) {
            review.requirement = review.requirement.withAttachment(file);
        }
    }

    private Review openRouted(OpenReviewCommand submitted, ReviewPolicy policy, List<String> extraReasons) {
        Review review = routed(submitted, policy, extraReasons);
        review.persist();
        return review;
    }

    /** The review of the submitted revision as the policy routes it, not yet persisted. */
    private Review routed(OpenReviewCommand submitted, ReviewPolicy policy, List<String> extraReasons) {
        ReviewRouting.Route route = routing.route(submitted.summary(), submitted.value(), policy.rules);
        List<String> reasons = new ArrayList<>(extraReasons);
        reasons.addAll(route.reasons());
        RequirementSummary summary = submitted.summary().withAttachments(RequirementAttachment.of(submitted.requirementId()));
        return Review.open(submitted.requirementId(), submitted.revision(), summary, route.type(),
                route.departments(), reasons, policy, now());
    }

    @Transactional
    public Review addRisk(UUID id, AssessRiskCommand request, String ifMatch) {
        Review review = writable(id, ifMatch);
        review.addRisk(request.category(), request.likelihood(), request.impact(), request.mitigation(), actor.name(), now());
        return review;
    }

    @Transactional
    public Review mitigateRisk(UUID id, int seq, MitigateRiskCommand request, String ifMatch) {
        Review review = writable(id, ifMatch);
        review.mitigateRisk(seq, request.mitigation(), now());
        return review;
    }

    @Transactional
    public Review confirmOrder(UUID id, ConfirmOrderCommand request, String ifMatch) {
        Signature confirming = signer.sign(SignatureMeaning.CONFIRMED);
        Review review = writable(id, ifMatch);
        review.confirmOrder(new OrderConfirmation(request.method(), request.reference(), confirming));
        return review;
    }

    @Transactional
    public Review recordOpinion(UUID id, RecordOpinionCommand request, String ifMatch) {
        Review review = writable(id, ifMatch);
        if (!review.requires(request.department())) {
            throw new ForbiddenActionException(Text.of("review.opinion.not-required", request.department()));
        }
        review.recordOpinion(request.department(), request.verdict(), request.comment(), request.conditions(),
                signer.sign(SignatureMeaning.REVIEWED));
        return review;
    }

    /** The sales manager records the review meeting; the opinions given there are the attending departments'. */
    @Transactional
    public Review recordMeeting(UUID id, RecordMeetingCommand request, String ifMatch) {
        Review review = writable(id, ifMatch);
        review.recordMeeting(request.heldAt(), request.attendees(), request.minutes(),
                request.opinions() == null ? List.of() : request.opinions(), actor.name(), now());
        return review;
    }

    @Transactional
    public Review consolidate(UUID id, ConsolidateReviewCommand request, String ifMatch) {
        Signature consolidating = signer.sign(SignatureMeaning.CONSOLIDATED);
        Review review = writable(id, ifMatch);
        review.consolidate(new Consolidation(request.termsApplicable(), request.termsComplete(), request.termsClear(),
                request.discrepanciesResolved(), request.comment(), consolidating));
        return review;
    }

    @Transactional
    public Review decide(UUID id, DecideReviewCommand request, String ifMatch) {
        Signature deciding = signer.sign(request.decision().meaning());
        Review review = writable(id, ifMatch);
        review.decide(new DecisionRecord(request.decision(), request.comment(), request.overrideReason(), deciding));
        return review;
    }

    /**
     * Marks tasks past their SLA (each review records review.task-overdue once per task) and chases them by the current
     * policy's escalation thresholds: each reminder and escalation is taken once per task and mailed in this transaction.
     */
    @Transactional
    public int markOverdue() {
        OffsetDateTime now = now();
        EscalationRules escalation = ReviewPolicy.current().rules.escalation();
        int marked = 0;
        for (Review review : Review.<Review>list("status", ReviewStatus.OPEN)) {
            int fresh = review.markOverdue(now).size();
            for (int task = 0; task < fresh; task++) {
                breaches.missed(TASK_DEADLINE);
            }
            marked += fresh;
            for (Review.Chase chase : review.chaseOverdue(escalation, now)) {
                mails.chased(review, chase, escalation);
            }
        }
        return marked;
    }

    /**
     * Hands a department's open task to one of its people, who is mailed; the caller's right to (its signing role, or
     * managing it) is checked by the resource, which knows the caller's roles.
     */
    @Transactional
    public Review delegate(UUID id, Department department, DelegateTaskCommand command, String ifMatch) {
        Review review = writable(id, ifMatch);
        ReviewTask task = review.delegateTask(department, command.to(), command.reason(), actor.name(), now());
        mails.delegated(review, task);
        return review;
    }

    /** The review to change, if the caller saw its current version. */
    private Review writable(UUID id, String ifMatch) {
        Review review = get(id);
        Etags.requireMatch(ifMatch, review.version);
        return review;
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
            String assignee, PageParams page) {
        return Pages.of(Review.class, filter(requirementId, customerId, status, department, overdue, assignee), SORTING, page);
    }

    /** Every review the list's filters match, in its order, each made a row by {@code row} as it is read. */
    public <R> CsvRows<R> export(UUID requirementId, UUID customerId, ReviewStatus status, Department department,
            Boolean overdue, String assignee, PageParams page, Function<Review, R> row) {
        return exports.rows(Review.class, filter(requirementId, customerId, status, department, overdue, assignee), SORTING,
                page, row);
    }

    private static QueryFilter filter(UUID requirementId, UUID customerId, ReviewStatus status, Department department,
            Boolean overdue, String assignee) {
        return new QueryFilter().equal("customerId", customerId).equal("requirementId", requirementId)
                .equal("status", status).where(":department member of requiredDepartments", "department", department)
                .when(Boolean.TRUE.equals(overdue), "overdue = true")
                // some task of the review is delegated to them (jsonb containment over the tasks)
                .where("function('jsonb_contains', tasks, function('jsonb_build_array', function('jsonb_build_object',"
                        + " 'assignee', cast(:assignee as String)))) = true", "assignee", assignee);
    }
}
