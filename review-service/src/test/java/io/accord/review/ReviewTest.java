package io.accord.review;

import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.testsupport.Transitions;
import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review's lifecycle (PROCESS.md §3): a full review goes {@code OPEN → CONSOLIDATED → APPROVED | REJECTED |
 * CLARIFICATION_REQUIRED} (opinions, the sales manager's consolidation, the general manager's decision); a simplified one
 * {@code OPEN → APPROVED} by the order confirmation; either is {@code SUPERSEDED} by a newer revision. Moves from other
 * states are refused (409 naming the state) and leave the review as it was. Task deadlines: {@link ReviewTaskSlaTest}.
 */
class ReviewTest {

    static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    enum Move implements Transitions.Move<Review> {
        OPINION(r -> r.recordOpinion(Department.QUALITY, Verdict.APPROVE, "can test it", null, "q.reviewer", OPENED.plusHours(5))),
        RISK(r -> r.addRisk(Risk.Category.CAPACITY, 2, 3, null, "chen.sm", OPENED.plusHours(5))),
        CONSOLIDATE(r -> r.consolidate(consolidation())),
        APPROVE(r -> r.decide(decision(Decision.APPROVED, null))),
        REJECT(r -> r.decide(decision(Decision.REJECTED, null))),
        CONFIRM_ORDER(r -> r.confirmOrder(new OrderConfirmation("FAX", "FAX-2026-301", "chen.sm", OPENED.plusHours(5)))),
        MEETING(r -> r.recordMeeting(OPENED.plusHours(4), List.of(new ReviewMeeting.Attendee(Department.QUALITY, "Liu Jing")),
                "inspection capability discussed", List.of(), "chen.sm", OPENED.plusHours(5)));

        private final Consumer<Review> apply;

        Move(Consumer<Review> apply) {
            this.apply = apply;
        }

        @Override
        public void applyTo(Review aggregate) {
            apply.accept(aggregate);
        }
    }

    static final Map<ReviewStatus, Set<Move>> ALLOWED_FULL = Map.of(
            ReviewStatus.OPEN, EnumSet.of(Move.OPINION, Move.RISK, Move.CONSOLIDATE, Move.MEETING),
            ReviewStatus.CONSOLIDATED, EnumSet.of(Move.RISK, Move.APPROVE, Move.REJECT),
            ReviewStatus.APPROVED, EnumSet.noneOf(Move.class),
            ReviewStatus.REJECTED, EnumSet.noneOf(Move.class),
            ReviewStatus.CLARIFICATION_REQUIRED, EnumSet.noneOf(Move.class),
            ReviewStatus.SUPERSEDED, EnumSet.noneOf(Move.class));

    static final Map<ReviewStatus, Set<Move>> ALLOWED_SIMPLIFIED = Map.of(
            ReviewStatus.OPEN, EnumSet.of(Move.RISK, Move.CONFIRM_ORDER),
            ReviewStatus.APPROVED, EnumSet.noneOf(Move.class),
            ReviewStatus.SUPERSEDED, EnumSet.noneOf(Move.class));

    static Consolidation consolidation() {
        return new Consolidation(true, true, true, true, null, "chen.sm", OPENED.plusHours(6));
    }

    static DecisionRecord decision(Decision decision, String overrideReason) {
        return new DecisionRecord(decision, "decided", overrideReason, "wang.gm", OPENED.plusHours(7));
    }

    static Review open(ReviewType type, boolean highRisk, Department... departments) {
        ReviewPolicy policy = new ReviewPolicy();
        policy.version = 1;
        policy.rules = new PolicyRules(new BigDecimal("50000"), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(), Map.of());
        RequirementSummary requirement = new RequirementSummary(UUID.randomUUID(), "C-1", false, "ORDER", "Pump housings",
                "1250.00", "CNY", List.of(), List.of(), highRisk, null, List.of(), null);
        return Review.open(UUID.randomUUID(), 1, requirement, type, Set.of(departments), List.of(type.name()), policy, OPENED);
    }

    /** A full review by QUALITY and PRODUCTION, both of which have signed. */
    static Review full() {
        Review r = open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION);
        approveBy(r, Department.QUALITY, Department.PRODUCTION);
        return r;
    }

    static void approveBy(Review r, Department... departments) {
        for (Department d : departments) {
            r.recordOpinion(d, Verdict.APPROVE, null, null, d.code().toLowerCase() + ".reviewer", OPENED.plusHours(1));
        }
    }

    static Review full(ReviewStatus status) {
        Review r = full();
        switch (status) {
            case OPEN -> { }
            case CONSOLIDATED -> Move.CONSOLIDATE.applyTo(r);
            case APPROVED, REJECTED, CLARIFICATION_REQUIRED -> {
                Move.CONSOLIDATE.applyTo(r);
                r.decide(decision(Decision.valueOf(status.name()), null));
            }
            case SUPERSEDED -> r.supersede(open(ReviewType.FULL, false, Department.QUALITY), OPENED.plusDays(1));
        }
        assertEquals(status, r.status);
        return r;
    }

    static Review simplified(ReviewStatus status) {
        Review r = open(ReviewType.SIMPLIFIED, false);
        switch (status) {
            case OPEN -> { }
            case APPROVED -> Move.CONFIRM_ORDER.applyTo(r);
            case SUPERSEDED -> r.supersede(open(ReviewType.SIMPLIFIED, false), OPENED.plusDays(1));
            default -> throw new IllegalArgumentException("a simplified review is never " + status);
        }
        assertEquals(status, r.status);
        return r;
    }

    @Test
    void aFullReviewIsConsolidatedOnceEveryDepartmentSignedAndThenDecided() {
        Review r = open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION);
        assertEquals(ReviewStatus.OPEN, r.status);
        assertEquals(Set.of(Department.QUALITY, Department.PRODUCTION), r.missingOpinions());

        approveBy(r, Department.QUALITY, Department.PRODUCTION);
        assertEquals(Set.of(), r.missingOpinions());
        r.consolidate(consolidation());
        assertEquals(ReviewStatus.CONSOLIDATED, r.status);
        assertEquals("chen.sm", r.consolidation.by());

        r.decide(decision(Decision.APPROVED, null));
        assertEquals(ReviewStatus.APPROVED, r.status);
        assertEquals("wang.gm", r.decision.by());
        assertEquals(OPENED.plusHours(7), r.updatedAt);
    }

    @Test
    void eachDecisionIsTheReviewsFinalStatus() {
        for (Decision decision : Decision.values()) {
            Review r = full(ReviewStatus.CONSOLIDATED);
            r.decide(decision(decision, null));
            assertEquals(decision.name(), r.status.name());
            assertTrue(r.status.isDecided());
            // the columns the management review's KPIs read are the decision's own
            assertEquals(OPENED.plusHours(7), r.decidedAt);
            assertEquals(decision, r.decisionOutcome);
        }
        assertFalse(ReviewStatus.CONSOLIDATED.isDecided());
        assertFalse(ReviewStatus.SUPERSEDED.isDecided());
    }

    @Test
    void aReviewIsNotConsolidatedWhileARequiredDepartmentHasNotSigned() {
        Review r = open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION);
        approveBy(r, Department.QUALITY);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> r.consolidate(consolidation()));
        assertEquals("review is OPEN: opinions missing from [PRODUCTION]", refused.getMessage());
        assertEquals(ReviewStatus.OPEN, r.status);
        assertNull(r.consolidation);
    }

    @Test
    void aDepartmentsNewerOpinionReplacesItsEarlierOneWhichStaysOnRecord() {
        Review r = open(ReviewType.FULL, false, Department.QUALITY);
        r.recordOpinion(Department.QUALITY, Verdict.REJECT, "no test rig", null, "q.reviewer", OPENED.plusHours(1));

        r.recordOpinion(Department.QUALITY, Verdict.APPROVE_WITH_CONDITIONS, "rig rented", List.of("FAT at site"), "q.reviewer",
                OPENED.plusHours(2));

        assertEquals(2, r.opinions.size());
        assertFalse(r.opinions.get(0).current());
        assertEquals(Verdict.APPROVE_WITH_CONDITIONS, r.currentOpinion(Department.QUALITY).orElseThrow().verdict());
        assertEquals(List.of("FAT at site"), r.currentOpinion(Department.QUALITY).orElseThrow().conditions());
    }

    @Test
    void anApprovalWithConditionsListsThem() {
        Review r = open(ReviewType.FULL, false, Department.QUALITY);

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> r.recordOpinion(Department.QUALITY,
                Verdict.APPROVE_WITH_CONDITIONS, "if tested", List.of(), "q.reviewer", OPENED.plusHours(1)));
        assertEquals("conditions", refused.violations().get(0).field());
        assertEquals(List.of(), r.opinions);
    }

    @Test
    void approvingOverADepartmentsRejectionNeedsAnOverrideReason() {
        Review r = open(ReviewType.FULL, false, Department.QUALITY, Department.LEGAL);
        approveBy(r, Department.QUALITY);
        r.recordOpinion(Department.LEGAL, Verdict.REJECT, "clause 7", null, "legal.reviewer", OPENED.plusHours(2));
        r.consolidate(consolidation());

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> r.decide(decision(Decision.APPROVED, " ")));
        assertEquals("overrideReason", refused.violations().get(0).field());
        assertEquals(ReviewStatus.CONSOLIDATED, r.status);
        assertNull(r.decision);

        r.decide(decision(Decision.APPROVED, "clause 7 accepted by the GM"));
        assertEquals(ReviewStatus.APPROVED, r.status);
        assertEquals("clause 7 accepted by the GM", r.decision.overrideReason());
    }

    @Test
    void aRejectionOrARejectionSinceWithdrawnNeedsNoOverride() {
        Review rejected = open(ReviewType.FULL, false, Department.LEGAL);
        rejected.recordOpinion(Department.LEGAL, Verdict.REJECT, "clause 7", null, "legal.reviewer", OPENED.plusHours(2));
        rejected.consolidate(consolidation());
        rejected.decide(decision(Decision.REJECTED, null));
        assertEquals(ReviewStatus.REJECTED, rejected.status);

        Review reconsidered = open(ReviewType.FULL, false, Department.LEGAL);
        reconsidered.recordOpinion(Department.LEGAL, Verdict.REJECT, "clause 7", null, "legal.reviewer", OPENED.plusHours(2));
        reconsidered.recordOpinion(Department.LEGAL, Verdict.APPROVE, "clause 7 reworded", null, "legal.reviewer", OPENED.plusHours(3));
        reconsidered.consolidate(consolidation());
        reconsidered.decide(decision(Decision.APPROVED, null));
        assertEquals(ReviewStatus.APPROVED, reconsidered.status);
    }

    @Test
    void aRiskIsNumberedAndScoredLikelihoodTimesImpact() {
        Review r = full();

        Risk first = r.addRisk(Risk.Category.DELIVERY, 4, 4, null, "chen.sm", OPENED.plusHours(2));
        Risk second = r.addRisk(Risk.Category.LEGAL, 1, 5, "clause reviewed", "chen.sm", OPENED.plusHours(3));

        assertEquals(1, first.seq());
        assertEquals(16, first.score());
        assertTrue(first.isHighWithoutMitigation());
        assertEquals(2, second.seq());
        assertEquals(5, second.score());
        assertEquals(List.of(first, second), r.risks);
    }

    @Test
    void aHighRiskRequirementIsApprovedOnlyWithItsRisksAssessed() {
        Review r = open(ReviewType.FULL, true, Department.QUALITY);
        approveBy(r, Department.QUALITY);
        r.consolidate(consolidation());

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> Move.APPROVE.applyTo(r));
        assertTrue(refused.getMessage().contains("risks assessed"), refused.getMessage());
        assertEquals(ReviewStatus.CONSOLIDATED, r.status);

        r.addRisk(Risk.Category.CAPACITY, 2, 2, null, "chen.sm", OPENED.plusHours(6));
        Move.APPROVE.applyTo(r);
        assertEquals(ReviewStatus.APPROVED, r.status);
    }

    @Test
    void anUnmitigatedRiskOfFifteenOrMoreBlocksApprovalWhateverTheHighRiskFlag() {
        for (boolean highRisk : new boolean[]{true, false}) {
            Review r = open(ReviewType.FULL, highRisk, Department.QUALITY);
            approveBy(r, Department.QUALITY);
            r.addRisk(Risk.Category.DELIVERY, 5, 3, null, "chen.sm", OPENED.plusHours(2));
            r.addRisk(Risk.Category.FINANCIAL, 4, 3, null, "chen.sm", OPENED.plusHours(2));
            r.consolidate(consolidation());

            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> Move.APPROVE.applyTo(r),
                    "highRisk " + highRisk);
            assertEquals("review is CONSOLIDATED: risks scoring 15 or more need a mitigation before approval: "
                    + "risk 1 (DELIVERY, 5 × 3 = 15) has none", refused.getMessage());
            assertEquals(ReviewStatus.CONSOLIDATED, r.status);

            Move.REJECT.applyTo(r);
            assertEquals(ReviewStatus.REJECTED, r.status, "a rejection needs no mitigation");
        }
    }

    @Test
    void aBlockingRiskStopsBlockingOnceItsMitigationIsRecordedAndTheRefusalNamesEachOneInTheWay() {
        Review r = full();
        r.addRisk(Risk.Category.DELIVERY, 5, 5, null, "chen.sm", OPENED.plusHours(2));
        r.addRisk(Risk.Category.FINANCIAL, 2, 2, null, "chen.sm", OPENED.plusHours(2));
        r.addRisk(Risk.Category.SAFETY, 4, 4, " ", "chen.sm", OPENED.plusHours(2));
        r.consolidate(consolidation());

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> Move.APPROVE.applyTo(r));
        assertTrue(refused.getMessage().endsWith("risk 1 (DELIVERY, 5 × 5 = 25), risk 3 (SAFETY, 4 × 4 = 16) has none"),
                refused.getMessage());

        r.mitigateRisk(1, "second casting supplier qualified", OPENED.plusHours(8));
        refused = assertThrows(IllegalTransitionException.class, () -> Move.APPROVE.applyTo(r));
        assertTrue(refused.getMessage().endsWith("risk 3 (SAFETY, 4 × 4 = 16) has none"), refused.getMessage());

        Risk mitigated = r.mitigateRisk(3, "pressure test witnessed by QA", OPENED.plusHours(8));
        assertEquals(new Risk(3, Risk.Category.SAFETY, 4, 4, 16, "pressure test witnessed by QA", "chen.sm", OPENED.plusHours(2)),
                mitigated, "the assessment stays as it was made");
        Move.APPROVE.applyTo(r);
        assertEquals(ReviewStatus.APPROVED, r.status);
    }

    @Test
    void aMitigationNeedsAnAssessedRiskAWordAndAnUndecidedReview() {
        Review r = full();
        r.addRisk(Risk.Category.DELIVERY, 5, 5, null, "chen.sm", OPENED.plusHours(2));

        assertThrows(ResourceNotFoundException.class, () -> r.mitigateRisk(2, "anything", OPENED.plusHours(3)));
        InvalidFieldException blank = assertThrows(InvalidFieldException.class, () -> r.mitigateRisk(1, " ", OPENED.plusHours(3)));
        assertEquals("mitigation", blank.violations().get(0).field());

        r.consolidate(consolidation());
        Move.REJECT.applyTo(r);
        IllegalTransitionException late = assertThrows(IllegalTransitionException.class,
                () -> r.mitigateRisk(1, "too late", OPENED.plusHours(9)));
        assertEquals("REJECTED", late.currentState());
        assertNull(r.risks.get(0).mitigation(), "a decided review's record stays as decided");
    }

    @Test
    void aMitigatedHighRiskAndUnmitigatedLowerOnesAllowApproval() {
        Review r = full();
        r.addRisk(Risk.Category.DELIVERY, 5, 5, "second supplier", "chen.sm", OPENED.plusHours(2));
        r.addRisk(Risk.Category.FINANCIAL, 2, 7, null, "chen.sm", OPENED.plusHours(2));
        r.consolidate(consolidation());

        Move.APPROVE.applyTo(r);

        assertEquals(ReviewStatus.APPROVED, r.status);
    }

    @Test
    void aSimplifiedReviewIsApprovedByTheOrderConfirmation() {
        Review r = simplified(ReviewStatus.OPEN);
        OrderConfirmation confirmation = new OrderConfirmation("FAX", "FAX-2026-301", "chen.sm", OPENED.plusHours(5));

        r.confirmOrder(confirmation);

        assertEquals(ReviewStatus.APPROVED, r.status);
        assertEquals(confirmation, r.orderConfirmation);
        assertEquals(new DecisionRecord(Decision.APPROVED, "order confirmed with the customer (FAX)", null, "chen.sm",
                OPENED.plusHours(5)), r.decision);
        assertEquals(OPENED.plusHours(5), r.decidedAt);
        assertEquals(Decision.APPROVED, r.decisionOutcome);
    }

    @Test
    void anUnmitigatedHighRiskBlocksTheOrderConfirmationToo() {
        Review r = simplified(ReviewStatus.OPEN);
        r.addRisk(Risk.Category.SAFETY, 5, 4, null, "chen.sm", OPENED.plusHours(1));

        assertThrows(IllegalTransitionException.class, () -> Move.CONFIRM_ORDER.applyTo(r));
        assertEquals(ReviewStatus.OPEN, r.status);
        assertNull(r.orderConfirmation);
    }

    @Test
    void aFullReviewIsNeverApprovedByAnOrderConfirmation() {
        Review r = full(ReviewStatus.OPEN);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> Move.CONFIRM_ORDER.applyTo(r));
        assertTrue(refused.getMessage().contains("decided by the general manager"), refused.getMessage());
        assertNull(r.orderConfirmation);
    }

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void aNewerRevisionSupersedesAReviewInAnyStateOnce(ReviewStatus status) {
        Review r = full(status);
        Review newer = open(ReviewType.FULL, false, Department.QUALITY);

        r.supersede(newer, OPENED.plusDays(2));
        r.supersede(open(ReviewType.FULL, false, Department.QUALITY), OPENED.plusDays(3));

        assertEquals(ReviewStatus.SUPERSEDED, r.status);
        if (status != ReviewStatus.SUPERSEDED) {
            assertEquals(newer.id, r.supersededBy);
            assertEquals(OPENED.plusDays(2), r.updatedAt);
        }
    }

    @Test
    void onlyADepartmentsCurrentOpinionCarriesOver() {
        Review earlier = open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION, Department.FINANCE);
        earlier.recordOpinion(Department.QUALITY, Verdict.REJECT, "first look", null, "q.reviewer", OPENED.plusHours(1));
        approveBy(earlier, Department.QUALITY, Department.PRODUCTION, Department.FINANCE);
        Review next = open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION);

        next.carryOver(earlier.opinions, Set.of());

        assertEquals(List.of(Department.QUALITY, Department.PRODUCTION), next.opinions.stream().map(Opinion::department).toList());
        assertEquals(Verdict.APPROVE, next.currentOpinion(Department.QUALITY).orElseThrow().verdict());
        assertEquals(Set.of(), next.missingOpinions());
    }

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void eachStateOfAFullReviewAllowsItsMovesAndRefusesEveryOther(ReviewStatus status) {
        refusals(status, ALLOWED_FULL.get(status), () -> full(status));
    }

    @ParameterizedTest
    @EnumSource(value = ReviewStatus.class, names = {"OPEN", "APPROVED", "SUPERSEDED"})
    void eachStateOfASimplifiedReviewAllowsItsMovesAndRefusesEveryOther(ReviewStatus status) {
        refusals(status, ALLOWED_SIMPLIFIED.get(status), () -> simplified(status));
    }

    static void refusals(ReviewStatus status, Set<Move> allowed, Supplier<Review> fresh) {
        Transitions.check(Move.class, allowed, fresh,
                r -> Arrays.asList(r.status, List.copyOf(r.opinions), List.copyOf(r.risks), r.consolidation,
                        r.decision, r.orderConfirmation, r.meeting),
                IllegalTransitionException.class, refused -> assertEquals(status.name(), refused.currentState()));
    }
}
