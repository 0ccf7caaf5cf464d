package io.accord.review;

import io.accord.infra.changes.Aggregate;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.infra.signatures.Signature;
import io.accord.review.events.OpinionRecorded;
import io.accord.review.events.ReviewConsolidated;
import io.accord.review.events.ReviewDecided;
import io.accord.review.events.ReviewEventTypes;
import io.accord.review.events.ReviewOpened;
import io.accord.review.events.ReviewSuperseded;
import io.accord.review.events.TaskDelegated;
import io.accord.review.events.TaskOverdue;
import io.accord.review.record.RecordForms;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review of one requirement revision. Opinions, consolidation and decision are recorded here, and the
 * aggregate refuses every move its current state does not allow. Each move records its change: the history entry
 * and, when other services must hear of it, the event.
 */
@Entity
@Table(name = "review")
public class Review extends Aggregate {

    public static final String AGGREGATE = "review";

    @Id
    public UUID id;

    @Column(name = "requirement_id", nullable = false)
    public UUID requirementId;

    @Column(name = "requirement_revision", nullable = false)
    public int requirementRevision;

    /** Copied from the requirement, so a customer's reviews can be listed (the customer overview). */
    @Column(name = "customer_id")
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_department", joinColumns = @JoinColumn(name = "review_id"))
    @Convert(converter = DepartmentCode.class)
    @Column(name = "department", nullable = false)
    public Set<Department> requiredDepartments = new TreeSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "routing_reasons", columnDefinition = "jsonb", nullable = false)
    public List<String> routingReasons = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public RequirementSummary requirement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Opinion> opinions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Consolidation consolidation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public DecisionRecord decision;

    /**
     * The decision's time and outcome as columns of their own (V15), set with the decision in {@link #decided}: the
     * management review's KPIs read a period of decisions from their index alone, without the jsonb above.
     */
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    public Decision decisionOutcome;

    @Column(name = "policy_version", nullable = false)
    public int policyVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Risk> risks = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<ReviewTask> tasks = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "order_confirmation", columnDefinition = "jsonb")
    public OrderConfirmation orderConfirmation;

    /** Set when the review is decided: the hash of its record, which the history chain also carries. */
    @Column(name = "record_hash")
    public String recordHash;

    /** The form of the record that {@code recordHash} was taken over ({@link RecordForms#CURRENT} when decided now). */
    @Column(name = "record_version")
    public Integer recordVersion;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    /** Some required department is past its deadline without an opinion (kept current for the queue filter). */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Which round of its revision's review this is: 1, and one more each time clarification was asked for. */
    @Column(nullable = false)
    public int round = 1;

    /** For a round after the first: what the requirement came back with. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Clarification clarification;

    /** The requirement's earlier rounds (earlier revisions too), oldest first, as they stood when each next one opened. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "earlier_rounds", columnDefinition = "jsonb", nullable = false)
    public List<ReviewRound> earlierRounds = new ArrayList<>();

    /** Set when this round asked for clarification and the requirement came back: the round that followed. */
    @Column(name = "next_round")
    public UUID nextRound;

    /** Set when the review was held as a meeting (评审会) rather than by countersignature alone. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ReviewMeeting meeting;

    public static Review open(UUID requirementId, int revision, RequirementSummary summary, ReviewType type,
            Set<Department> departments, List<String> reasons, ReviewPolicy policy, OffsetDateTime now) {
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.requirementId = requirementId;
        r.requirementRevision = revision;
        r.requirement = summary;
        r.customerId = summary.customerId();
        r.type = type;
        r.requiredDepartments = new TreeSet<>(departments);
        r.routingReasons = new ArrayList<>(reasons);
        r.status = ReviewStatus.OPEN;
        r.openedAt = now;
        r.updatedAt = r.openedAt;
        r.policyVersion = policy.version;
        List<ReviewTask> tasks = new ArrayList<>();
        for (Department d : r.requiredDepartments) {
            tasks.add(new ReviewTask(d, r.openedAt.plusHours(policy.rules.slaHoursFor(d)), false));
        }
        r.tasks = tasks;
        r.change("opened").to(r.status).detail(r.routingReasons).event(ReviewEventTypes.OPENED, new ReviewOpened(r.id,
                r.requirementId, r.requirementRevision, r.type.name(), names(r.requiredDepartments), r.routingReasons))
                .record();
        return r;
    }

    /**
     * The current opinions of an earlier revision's review stand for this one, except those of the departments the
     * changed fields touch ({@code affected}) and of departments this review does not require. Returns those carried.
     */
    public List<Opinion> carryOver(List<Opinion> earlier, Set<Department> affected) {
        List<Opinion> carried = earlier.stream()
                .filter(o -> o.current() && !affected.contains(o.department()) && requires(o.department())).toList();
        if (carried.isEmpty()) {
            return carried;
        }
        List<Opinion> next = new ArrayList<>(opinions);
        next.addAll(carried);
        opinions = next;
        change("opinions carried over").in(status)
                .detail(carried.stream().map(o -> o.department() + " (revision " + o.forRevision() + ")").toList())
                .record();
        return carried;
    }

    /**
     * This review is the next round of {@code previous}'s revision: the general manager asked for clarification and the
     * requirement came back with {@code note}. Every required department signs again, seeing the earlier rounds; the
     * risks assessed for this revision stand (with their mitigations) and more may be added.
     */
    public void follows(Review previous, Clarification note) {
        round = previous.round + 1;
        clarification = note;
        earlierRounds = previous.roundsSoFar();
        risks = new ArrayList<>(previous.risks);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("previousRound", previous.id);
        detail.put("clarification", note);
        detail.put("risksCarriedOver", risks.stream().map(Risk::seq).toList());
        change("round " + round + " after clarification").in(status).detail(detail).record();
    }

    /** The requirement came back after this round asked for clarification; {@code next} is the round that reviews it. */
    public void followedBy(Review next) {
        nextRound = next.id;
        change("clarified: round " + next.round + " opened").in(status).detail(Map.of("nextRound", next.id)).record();
    }

    /** An amendment's review shows the rounds of the revisions before it too. */
    public void continues(Review previous) {
        earlierRounds = previous.roundsSoFar();
    }

    private List<ReviewRound> roundsSoFar() {
        List<ReviewRound> rounds = new ArrayList<>(earlierRounds);
        rounds.add(ReviewRound.of(this));
        return rounds;
    }

    /** Held as a meeting once one is recorded; by countersignature until then. */
    public ReviewForm form() {
        return meeting == null ? ReviewForm.COUNTERSIGNATURE : ReviewForm.MEETING;
    }

    /**
     * Records the review meeting (评审会) of this round, held at {@code heldAt}: who attended for which required
     * department, the minutes, and the opinions given there, which count as those departments' signatures (an earlier
     * countersigned opinion of the department stays, marked not current). Departments that did not attend, or gave no
     * opinion there, countersign as usual. One meeting per round, while the review is OPEN, and never for a simplified
     * review (PROCESS.md §3).
     */
    public List<Opinion> recordMeeting(OffsetDateTime heldAt, List<ReviewMeeting.Attendee> attendees, String minutes,
            List<MeetingOpinion> given, String by, OffsetDateTime now) {
        if (type == ReviewType.SIMPLIFIED) {
            throw new IllegalTransitionException("review", status, "a simplified review is approved by the order confirmation, not at a meeting");
        }
        if (status != ReviewStatus.OPEN) {
            throw new IllegalTransitionException("review", status, "a review meeting is recorded while the review is OPEN");
        }
        if (meeting != null) {
            throw new IllegalTransitionException("review", status, "this round's meeting (held " + meeting.heldAt()
                    + ") is recorded already; departments add opinions by countersignature");
        }
        MeetingRules.check(this, heldAt, attendees, given, now);
        List<Department> from = given.stream().map(MeetingOpinion::department).toList();
        ReviewMeeting held = new ReviewMeeting(heldAt, List.copyOf(attendees), minutes, from, by, now);
        meeting = held;
        touch(now);
        change("meeting recorded").in(status).detail(held).record();
        List<Opinion> recorded = new ArrayList<>();
        for (MeetingOpinion o : given) {
            Opinion opinion = new Opinion(o.department(), o.verdict(), o.comment(),
                    o.conditions() == null ? List.of() : List.copyOf(o.conditions()), held.namesFor(o.department()), now,
                    requirementRevision, true);
            sign(opinion);
            recorded.add(opinion);
            change("opinion recorded at the meeting: " + o.department()).in(status).detail(opinion)
                    .event(ReviewEventTypes.OPINION_RECORDED, new OpinionRecorded(id, requirementId, requirementRevision,
                            o.department().code(), o.verdict().name())).record();
        }
        refreshOverdue();
        return recorded;
    }

    /** A newer revision arrived and {@code next} reviews it: this review no longer decides anything. */
    public void supersede(Review next, OffsetDateTime now) {
        if (status == ReviewStatus.SUPERSEDED) {
            return;
        }
        ReviewStatus before = status;
        status = ReviewStatus.SUPERSEDED;
        supersededBy = next.id;
        touch(now);
        change("superseded by revision " + next.requirementRevision).from(before).to(status)
                .detail(Map.of("supersededBy", next.id))
                .event(ReviewEventTypes.SUPERSEDED, new ReviewSuperseded(id, requirementId, requirementRevision, next.id))
                .record();
    }

    public Risk addRisk(Risk.Category category, int likelihood, int impact, String mitigation, String by, OffsetDateTime now) {
        if (status != ReviewStatus.OPEN && status != ReviewStatus.CONSOLIDATED) {
            throw new IllegalTransitionException("review", status, Text.of("review.risk.before-decision"));
        }
        Risk risk = new Risk(risks.size() + 1, category, likelihood, impact, likelihood * impact, mitigation, by, now);
        List<Risk> next = new ArrayList<>(risks);
        next.add(risk);
        risks = next;
        touch(now);
        change("risk assessed").in(status).detail(risk).record();
        return risk;
    }

    /**
     * Records the mitigation of an assessed risk (until the decision): how a risk that blocks approval stops blocking
     * it. The assessment itself stays as it was; the history shows who decided the mitigation and when.
     */
    public Risk mitigateRisk(int seq, String mitigation, OffsetDateTime now) {
        if (status != ReviewStatus.OPEN && status != ReviewStatus.CONSOLIDATED) {
            throw new IllegalTransitionException("review", status, Text.of("review.mitigation.before-decision"));
        }
        if (mitigation == null || mitigation.isBlank()) {
            throw new InvalidFieldException("mitigation", Text.of("review.mitigation.blank"));
        }
        Risk before = risks.stream().filter(r -> r.seq() == seq).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("risk", seq));
        Risk mitigated = before.mitigatedBy(mitigation);
        risks = new ArrayList<>(risks.stream().map(r -> r.seq() == seq ? mitigated : r).toList());
        touch(now);
        change("risk mitigated: " + seq).in(status).detail(mitigated).record();
        return mitigated;
    }

    /** The simplified review is approved by the sales manager's order confirmation. */
    public void confirmOrder(OrderConfirmation confirmation) {
        if (type != ReviewType.SIMPLIFIED) {
            throw new IllegalTransitionException("review", status, Text.of("review.confirm.full"));
        }
        if (status != ReviewStatus.OPEN) {
            throw new IllegalTransitionException("review", status, Text.of("review.confirm.state"));
        }
        refuseRiskGaps();
        orderConfirmation = confirmation;
        // one act: the sales manager's confirmation (CONFIRMED) is the simplified review's approval
        decision = new DecisionRecord(Decision.APPROVED, "order confirmed with the customer (" + confirmation.method() + ")",
                null, confirmation.by(), confirmation.at(), confirmation.signature());
        ReviewStatus before = status;
        status = ReviewStatus.APPROVED;
        touch(confirmation.at());
        decided(before);
    }

    /** Tasks past due without an opinion that have not been reported yet; they are marked as reported. */
    public List<ReviewTask> markOverdue(OffsetDateTime now) {
        if (status != ReviewStatus.OPEN) {
            return List.of();
        }
        List<ReviewTask> fresh = new ArrayList<>();
        List<ReviewTask> next = new ArrayList<>();
        for (ReviewTask task : tasks) {
            if (!task.overdue() && task.dueAt().isBefore(now) && currentOpinion(task.department()).isEmpty()) {
                ReviewTask overdueTask = task.markedOverdue();
                fresh.add(overdueTask);
                next.add(overdueTask);
                change("task overdue: " + task.department()).in(status).detail(overdueTask)
                        .event(ReviewEventTypes.TASK_OVERDUE, new TaskOverdue(id, requirementId, requirementRevision,
                                task.department().code(), task.dueAt()))
                        .record();
            } else {
                next.add(task);
            }
        }
        if (!fresh.isEmpty()) {
            tasks = next;
        }
        refreshOverdue();
        return fresh;
    }

    /** A step of chasing an overdue task that the caller must now carry out (mail), with the task as it stands after it. */
    public record Chase(ReviewTask task, EscalationRules.Step step) {
    }

    /**
     * The reminders and escalations of overdue tasks that are due by {@code rules} at {@code now}; each is marked on
     * its task and in the history, so it is taken once however often the watch runs.
     */
    public List<Chase> chaseOverdue(EscalationRules rules, OffsetDateTime now) {
        if (status != ReviewStatus.OPEN) {
            return List.of();
        }
        List<Chase> steps = new ArrayList<>();
        List<ReviewTask> next = new ArrayList<>();
        for (ReviewTask task : tasks) {
            ReviewTask chased = task;
            for (EscalationRules.Step step : rules.due(task, currentOpinion(task.department()).isPresent(), now)) {
                chased = step == EscalationRules.Step.REMIND ? chased.remindedAt(now) : chased.escalatedAt(now);
                steps.add(new Chase(chased, step));
                change((step == EscalationRules.Step.REMIND ? "task reminder: " : "task escalated: ") + task.department())
                        .in(status).detail(chased).record();
            }
            next.add(chased);
        }
        if (!steps.isEmpty()) {
            tasks = next;
        }
        return steps;
    }

    /** The tasks still waiting for their department's opinion (after opinions were carried over). */
    public List<ReviewTask> openTasks() {
        return tasks.stream().filter(t -> currentOpinion(t.department()).isEmpty()).toList();
    }

    /**
     * Hands a department's task to one of its people ({@code to}), by {@code by} who holds the department's signing
     * role or manages it (checked by the caller). Only an open task of an OPEN review can be delegated.
     */
    public ReviewTask delegateTask(Department department, String to, String reason, String by, OffsetDateTime now) {
        ReviewTask task = tasks.stream().filter(t -> t.department().equals(department)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("review task", department));
        if (status != ReviewStatus.OPEN) {
            throw new IllegalTransitionException("review", status, Text.of("review.delegation.state"));
        }
        if (currentOpinion(department).isPresent()) {
            throw new IllegalTransitionException("review", status, Text.of("review.delegation.answered", department));
        }
        if (to == null || to.isBlank()) {
            throw new InvalidFieldException("to", Text.of("review.delegation.to-blank"));
        }
        if (to.strip().equals(by)) {
            throw new InvalidFieldException("to", Text.of("review.delegation.to-self"));
        }
        if (to.strip().equals(task.assignee())) {
            throw new InvalidFieldException("to", Text.of("review.delegation.to-assignee", to.strip()));
        }
        ReviewTask delegated = task.delegatedTo(to.strip(), by, reason, now);
        tasks = new ArrayList<>(tasks.stream().map(t -> t == task ? delegated : t).toList());
        touch(now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("department", department);
        detail.put("from", task.assignee());
        detail.put("to", delegated.assignee());
        detail.put("reason", reason);
        change("task delegated: " + department).in(status).detail(detail)
                .event(ReviewEventTypes.TASK_DELEGATED, new TaskDelegated(id, requirementId, requirementRevision,
                        department.code(), delegated.assignee(), task.assignee(), by, reason, now))
                .record();
        return delegated;
    }

    private void refreshOverdue() {
        overdue = status == ReviewStatus.OPEN
                && tasks.stream().anyMatch(t -> t.overdue() && currentOpinion(t.department()).isEmpty());
    }

    /**
     * PROCESS.md §3, the risk gate of every approval (the general manager's and the order confirmation): a risk scoring
     * 15 or more without a mitigation blocks it whatever the highRisk flag says, and a highRisk record needs at least one
     * assessed risk. The refusal names each risk in the way, so whoever must act knows which.
     */
    private void refuseRiskGaps() {
        if (requirement.highRisk() && risks.isEmpty()) {
            throw new IllegalTransitionException("review", status, Text.of("review.risk.high-risk-unassessed"));
        }
        List<Text> open = risks.stream().filter(Risk::isHighWithoutMitigation).map(Risk::labelText).toList();
        if (!open.isEmpty()) {
            throw new IllegalTransitionException("review", status, Text.of("review.risk.unmitigated", Risk.HIGH_SCORE,
                    Text.joined(open)));
        }
    }

    public boolean requires(Department department) {
        return requiredDepartments.contains(department);
    }

    /** Records a department's opinion signed REVIEWED by {@code signature}'s signer, at the signature's time. */
    public Opinion recordOpinion(Department department, Verdict verdict, String comment, List<String> conditions,
            Signature signature) {
        return recordOpinion(department, verdict, comment, conditions, signature.signedBy(), signature.signedAt(), signature);
    }

    /** Records a department's opinion without a signature of its own (as before signatures had meanings). */
    public Opinion recordOpinion(Department department, Verdict verdict, String comment, List<String> conditions, String by,
            OffsetDateTime now) {
        return recordOpinion(department, verdict, comment, conditions, by, now, null);
    }

    /** Records a department's opinion; an earlier opinion of that department stays, marked not current. */
    private Opinion recordOpinion(Department department, Verdict verdict, String comment, List<String> conditions, String by,
            OffsetDateTime now, Signature signature) {
        if (status != ReviewStatus.OPEN) {
            throw new IllegalTransitionException("review", status, Text.of("review.opinion.state"));
        }
        if (type == ReviewType.SIMPLIFIED) {
            throw new IllegalTransitionException("review", status, Text.of("review.opinion.simplified"));
        }
        if (verdict == Verdict.APPROVE_WITH_CONDITIONS && (conditions == null || conditions.isEmpty())) {
            throw new InvalidFieldException("conditions", Text.of("review.opinion.conditions"));
        }
        Opinion opinion = new Opinion(department, verdict, comment, conditions == null ? List.of() : List.copyOf(conditions),
                by, now, requirementRevision, true, signature);
        sign(opinion);
        refreshOverdue();
        touch(now);
        change("opinion recorded: " + department).in(status).detail(opinion).signed(signature)
                .event(ReviewEventTypes.OPINION_RECORDED,
                        new OpinionRecorded(id, requirementId, requirementRevision, department.code(), verdict.name()))
                .record();
        return opinion;
    }

    /** {@code opinion} becomes its department's current one; the department's earlier opinion stays, not current. */
    private void sign(Opinion opinion) {
        List<Opinion> next = new ArrayList<>();
        for (Opinion o : opinions) {
            next.add(o.department().equals(opinion.department()) && o.current() ? o.superseded() : o);
        }
        next.add(opinion);
        opinions = next;
    }

    public Optional<Opinion> currentOpinion(Department department) {
        return opinions.stream().filter(o -> o.current() && o.department().equals(department)).findFirst();
    }

    public Set<Department> missingOpinions() {
        Set<Department> missing = new TreeSet<>();
        for (Department d : requiredDepartments) {
            if (currentOpinion(d).isEmpty()) {
                missing.add(d);
            }
        }
        return missing;
    }

    /** The sales manager consolidates once every required department has signed. */
    public void consolidate(Consolidation record) {
        if (type == ReviewType.SIMPLIFIED) {
            throw new IllegalTransitionException("review", status, Text.of("review.consolidate.simplified"));
        }
        if (status != ReviewStatus.OPEN) {
            throw new IllegalTransitionException("review", status, Text.of("review.consolidate.state"));
        }
        Set<Department> missing = missingOpinions();
        if (!missing.isEmpty()) {
            throw new IllegalTransitionException("review", status, Text.of("review.consolidate.missing", missing));
        }
        consolidation = record;
        ReviewStatus before = status;
        status = ReviewStatus.CONSOLIDATED;
        touch(record.at());
        change("consolidated").from(before).to(status).detail(consolidation).signed(consolidation.signature())
                .event(ReviewEventTypes.CONSOLIDATED, new ReviewConsolidated(id, requirementId, requirementRevision))
                .record();
    }

    /** The general manager decides after consolidation; approving over a REJECT needs an override reason. */
    public void decide(DecisionRecord record) {
        if (status != ReviewStatus.CONSOLIDATED) {
            throw new IllegalTransitionException("review", status, Text.of("review.decide.state"));
        }
        boolean rejectedByADepartment = opinions.stream().anyMatch(o -> o.current() && o.verdict() == Verdict.REJECT);
        if (record.decision() == Decision.APPROVED) {
            refuseRiskGaps();
        }
        if (record.decision() == Decision.APPROVED && rejectedByADepartment
                && (record.overrideReason() == null || record.overrideReason().isBlank())) {
            throw new InvalidFieldException("overrideReason", Text.of("review.decide.override"));
        }
        decision = record;
        ReviewStatus before = status;
        status = record.decision().status();
        touch(record.at());
        decided(before);
    }

    /**
     * Freezes the record (产品要求评审表 / 订单确认表): its hash goes into the history's {@code decided} entry, and every
     * later read checks the record against it. The decision is published under its own event type.
     */
    private void decided(ReviewStatus before) {
        decidedAt = decision.at();
        decisionOutcome = decision.decision();
        recordHash = RecordForms.hash(this);
        recordVersion = RecordForms.CURRENT;
        String type = switch (decision.decision()) {
            case APPROVED -> ReviewEventTypes.APPROVED;
            case REJECTED -> ReviewEventTypes.REJECTED;
            case CLARIFICATION_REQUIRED -> ReviewEventTypes.CLARIFICATION_REQUIRED;
        };
        change("decided").from(before).to(status).detail(Map.of("decision", decision, "recordHash", recordHash))
                .signed(decision.signature())
                .event(type, new ReviewDecided(id, requirementId, requirementRevision, decision.decision().name(),
                        decision.comment(), decision.overrideReason()))
                .record();
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }

    /** Events of a review speak of the requirement revision it reviews. */
    @Override
    protected Integer eventRevision() {
        return requirementRevision;
    }

    private void touch(OffsetDateTime at) {
        updatedAt = at;
        if (status != ReviewStatus.OPEN) {
            overdue = false;
        }
    }

    /** In the set's own order (the departments' declared order for a review just opened), as it was always written. */
    private static Set<String> names(Set<Department> departments) {
        return departments.stream().map(Department::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
