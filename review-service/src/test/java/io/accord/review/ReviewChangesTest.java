package io.accord.review;

import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.review.events.OpinionRecorded;
import io.accord.review.events.ReviewConsolidated;
import io.accord.review.events.ReviewDecided;
import io.accord.review.events.ReviewEventTypes;
import io.accord.review.events.ReviewOpened;
import io.accord.review.events.ReviewSuperseded;
import io.accord.review.events.TaskOverdue;
import io.accord.review.record.RecordForms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each move of a review leaves for its history and for other services: the change it records (action, states,
 * detail) and the event with its payload, speaking of the reviewed revision.
 */
class ReviewChangesTest {

    static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final UUID REQUIREMENT = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    static Review open(ReviewType type, int revision, Department... departments) {
        ReviewPolicy policy = new ReviewPolicy();
        policy.version = 2;
        policy.rules = new PolicyRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(),
                Map.of(Department.PROCUREMENT, 24));
        RequirementSummary requirement = new RequirementSummary(UUID.randomUUID(), "C-1", false, "ORDER", "Pump housings",
                "900", "CNY", List.of(), List.of(), false, null, List.of(), null);
        return Review.open(REQUIREMENT, revision, requirement, type, Set.of(departments), List.of("FULL: a new customer"),
                policy, OPENED);
    }

    /** The one change the last move recorded (the changes before it were written already). */
    static DomainChange only(Review review) {
        List<DomainChange> changes = review.takeChanges();
        assertEquals(1, changes.size(), () -> "changes: " + changes);
        return changes.get(0);
    }

    @Test
    void openingRecordsTheRoutingAndPublishesWhoMustReview() {
        Review review = open(ReviewType.FULL, 3, Department.QUALITY, Department.LEGAL);

        DomainChange opened = only(review);
        assertEquals("opened", opened.action());
        assertNull(opened.stateBefore());
        assertEquals(ReviewStatus.OPEN, opened.stateAfter());
        assertEquals(List.of("FULL: a new customer"), opened.detail());
        assertEquals(3, opened.revision());
        assertEquals(ReviewEventTypes.OPENED, opened.event().type());
        assertEquals(new ReviewOpened(review.id, REQUIREMENT, 3, "FULL", Set.of("QUALITY", "LEGAL"),
                List.of("FULL: a new customer")), opened.event().payload());
    }

    @Test
    void aMitigationIsRecordedForTheHistoryWithTheRiskAsItNowStandsAndPublishesNothing() {
        Review review = open(ReviewType.FULL, 1, Department.QUALITY);
        review.addRisk(Risk.Category.CAPACITY, 5, 4, null, "chen.sm", OPENED.plusHours(1));
        review.takeChanges();

        Risk mitigated = review.mitigateRisk(1, "second shift from March", OPENED.plusHours(2));

        DomainChange recorded = only(review);
        assertEquals("risk mitigated: 1", recorded.action());
        assertEquals(ReviewStatus.OPEN, recorded.stateAfter());
        assertEquals(mitigated, recorded.detail());
        assertNull(recorded.event());
        assertEquals(OPENED.plusHours(2), review.updatedAt);
    }

    @Test
    void anOpinionIsRecordedWithTheOpinionAndPublishedWithItsVerdict() {
        Review review = open(ReviewType.FULL, 1, Department.QUALITY);
        review.takeChanges();

        Opinion opinion = review.recordOpinion(Department.QUALITY, Verdict.APPROVE_WITH_CONDITIONS, "if tested",
                List.of("FAT at site"), "li.q", OPENED.plusHours(1));

        DomainChange recorded = only(review);
        assertEquals("opinion recorded: QUALITY", recorded.action());
        assertEquals(ReviewStatus.OPEN, recorded.stateBefore());
        assertEquals(ReviewStatus.OPEN, recorded.stateAfter());
        assertEquals(opinion, recorded.detail());
        assertEquals(ReviewEventTypes.OPINION_RECORDED, recorded.event().type());
        assertEquals(new OpinionRecorded(review.id, REQUIREMENT, 1, "QUALITY", "APPROVE_WITH_CONDITIONS"),
                recorded.event().payload());
    }

    @Test
    void aRiskGoesIntoTheHistoryOnly() {
        Review review = open(ReviewType.FULL, 1, Department.QUALITY);
        review.takeChanges();

        Risk risk = review.addRisk(Risk.Category.DELIVERY, 4, 4, "second supplier", "sun.r", OPENED.plusHours(1));

        DomainChange assessed = only(review);
        assertEquals("risk assessed", assessed.action());
        assertEquals(ReviewStatus.OPEN, assessed.stateAfter());
        assertEquals(risk, assessed.detail());
        assertNull(assessed.event());
    }

    @Test
    void consolidationMovesTheReviewOnAndIsPublished() {
        Review review = open(ReviewType.FULL, 2, Department.QUALITY);
        review.recordOpinion(Department.QUALITY, Verdict.APPROVE, null, null, "li.q", OPENED.plusHours(1));
        review.takeChanges();
        Consolidation consolidation = new Consolidation(true, true, true, true, null, "chen.sm", OPENED.plusHours(2));

        review.consolidate(consolidation);

        DomainChange consolidated = only(review);
        assertEquals("consolidated", consolidated.action());
        assertEquals(ReviewStatus.OPEN, consolidated.stateBefore());
        assertEquals(ReviewStatus.CONSOLIDATED, consolidated.stateAfter());
        assertEquals(consolidation, consolidated.detail());
        assertEquals(ReviewEventTypes.CONSOLIDATED, consolidated.event().type());
        assertEquals(new ReviewConsolidated(review.id, REQUIREMENT, 2), consolidated.event().payload());
        assertEquals(2, consolidated.revision());
    }

    @Test
    void theDecisionCarriesTheFrozenRecordsHashAndIsPublishedUnderItsOwnType() {
        for (Decision outcome : Decision.values()) {
            Review review = consolidated();
            DecisionRecord record = new DecisionRecord(outcome, "because", null, "wang.gm", OPENED.plusHours(3));

            review.decide(record);

            DomainChange decided = only(review);
            assertEquals("decided", decided.action());
            assertEquals(ReviewStatus.CONSOLIDATED, decided.stateBefore());
            assertEquals(outcome.status(), decided.stateAfter());
            assertEquals(frozenHash(review), review.recordHash);
            assertEquals(Map.of("decision", record, "recordHash", review.recordHash), decided.detail());
            assertEquals(switch (outcome) {
                case APPROVED -> "review.approved";
                case REJECTED -> "review.rejected";
                case CLARIFICATION_REQUIRED -> "review.clarification-required";
            }, decided.event().type());
            assertEquals(new ReviewDecided(review.id, REQUIREMENT, 1, outcome.name(), "because", null), decided.event().payload());
        }
    }

    @Test
    void anOrderConfirmationDecidesASimplifiedReviewAsApproved() {
        Review review = open(ReviewType.SIMPLIFIED, 1);
        review.takeChanges();

        review.confirmOrder(new OrderConfirmation("FAX", "FAX-0506", "zhou.sm", OPENED.plusHours(1)));

        DomainChange decided = only(review);
        assertEquals("decided", decided.action());
        assertEquals(ReviewStatus.OPEN, decided.stateBefore());
        assertEquals(ReviewStatus.APPROVED, decided.stateAfter());
        assertEquals(frozenHash(review), ((Map<?, ?>) decided.detail()).get("recordHash"));
        assertEquals(RecordForms.CURRENT, review.recordVersion);
        assertEquals(ReviewEventTypes.APPROVED, decided.event().type());
        assertEquals(new ReviewDecided(review.id, REQUIREMENT, 1, "APPROVED",
                "order confirmed with the customer (FAX)", null), decided.event().payload());
    }

    @Test
    void aSupersededReviewNamesTheRevisionThatReplacedItAndSpeaksOfItsOwn() {
        Review old = open(ReviewType.FULL, 1, Department.QUALITY);
        Review next = open(ReviewType.FULL, 2, Department.QUALITY);
        old.takeChanges();

        old.supersede(next, OPENED.plusDays(1));

        DomainChange superseded = only(old);
        assertEquals("superseded by revision 2", superseded.action());
        assertEquals(ReviewStatus.OPEN, superseded.stateBefore());
        assertEquals(ReviewStatus.SUPERSEDED, superseded.stateAfter());
        assertEquals(Map.of("supersededBy", next.id), superseded.detail());
        assertEquals(1, superseded.revision());
        assertEquals(ReviewEventTypes.SUPERSEDED, superseded.event().type());
        assertEquals(new ReviewSuperseded(old.id, REQUIREMENT, 1, next.id), superseded.event().payload());

        old.supersede(open(ReviewType.FULL, 3, Department.QUALITY), OPENED.plusDays(2));
        assertEquals(List.of(), old.pendingChanges());
    }

    @Test
    void onlyTheOpinionsOfUntouchedRequiredDepartmentsCarryOverInOneHistoryEntry() {
        Review old = open(ReviewType.FULL, 1, Department.QUALITY, Department.LEGAL, Department.FINANCE);
        old.recordOpinion(Department.QUALITY, Verdict.APPROVE, null, null, "li.q", OPENED.plusHours(1));
        old.recordOpinion(Department.LEGAL, Verdict.APPROVE, null, null, "zhao.l", OPENED.plusHours(1));
        old.recordOpinion(Department.FINANCE, Verdict.APPROVE, null, null, "qian.f", OPENED.plusHours(1));
        Review next = open(ReviewType.FULL, 2, Department.QUALITY, Department.LEGAL);
        next.takeChanges();

        List<Opinion> carried = next.carryOver(old.opinions, Set.of(Department.LEGAL));

        assertEquals(List.of(Department.QUALITY), carried.stream().map(Opinion::department).toList());
        assertTrue(next.currentOpinion(Department.QUALITY).isPresent());
        DomainChange carriedOver = only(next);
        assertEquals("opinions carried over", carriedOver.action());
        assertEquals(ReviewStatus.OPEN, carriedOver.stateBefore());
        assertEquals(ReviewStatus.OPEN, carriedOver.stateAfter());
        assertEquals(List.of("QUALITY (revision 1)"), carriedOver.detail());
        assertNull(carriedOver.event());

        assertEquals(List.of(), next.carryOver(old.opinions, Set.of(Department.QUALITY, Department.LEGAL)));
        assertEquals(List.of(), next.pendingChanges());
    }

    @Test
    void eachTaskThatBecomesOverdueIsRecordedAndPublishedOnce() {
        Review review = open(ReviewType.FULL, 1, Department.PROCUREMENT, Department.QUALITY);
        review.takeChanges();

        review.markOverdue(OPENED.plusHours(25));

        DomainChange overdue = only(review);
        assertEquals("task overdue: PROCUREMENT", overdue.action());
        assertEquals(ReviewStatus.OPEN, overdue.stateAfter());
        assertEquals(new ReviewTask(Department.PROCUREMENT, OPENED.plusHours(24), true), overdue.detail());
        assertEquals(ReviewEventTypes.TASK_OVERDUE, overdue.event().type());
        assertEquals(new TaskOverdue(review.id, REQUIREMENT, 1, "PROCUREMENT", OPENED.plusHours(24)),
                overdue.event().payload());

        review.markOverdue(OPENED.plusHours(26));
        assertEquals(List.of(), review.pendingChanges());
    }

    @Test
    void aRefusedMoveRecordsNothing() {
        Review review = open(ReviewType.FULL, 1, Department.QUALITY);
        review.takeChanges();

        assertThrows(IllegalTransitionException.class,
                () -> review.consolidate(new Consolidation(true, true, true, true, null, "chen.sm", OPENED.plusHours(1))));
        assertThrows(IllegalTransitionException.class,
                () -> review.decide(new DecisionRecord(Decision.APPROVED, null, null, "wang.gm", OPENED.plusHours(1))));
        assertThrows(IllegalTransitionException.class,
                () -> review.confirmOrder(new OrderConfirmation("FAX", "F-1", "zhou.sm", OPENED.plusHours(1))));

        assertEquals(List.of(), review.pendingChanges());
        assertNull(review.recordHash);
    }

    private static Review consolidated() {
        Review review = open(ReviewType.FULL, 1, Department.QUALITY);
        review.recordOpinion(Department.QUALITY, Verdict.APPROVE, null, null, "li.q", OPENED.plusHours(1));
        review.consolidate(new Consolidation(true, true, true, true, null, "chen.sm", OPENED.plusHours(2)));
        review.takeChanges();
        return review;
    }

    /** The hash a decided record must carry: the record as it reads at the decision. */
    private static String frozenHash(Review review) {
        return RecordForms.hash(review);
    }
}
