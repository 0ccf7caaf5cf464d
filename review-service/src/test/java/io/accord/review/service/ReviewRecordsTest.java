package io.accord.review.service;

import io.accord.review.Consolidation;
import io.accord.review.Decision;
import io.accord.review.DecisionRecord;
import io.accord.review.Department;
import io.accord.review.PolicyRules;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewPolicy;
import io.accord.review.ReviewRecordContent;
import io.accord.review.record.RecordForms;
import io.accord.review.record.ReviewRecordV2;
import io.accord.review.ReviewType;
import io.accord.review.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decided review's record is frozen by its hash at the decision; every later read says whether it still reads as decided. */
class ReviewRecordsTest {

    static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    private final ReviewRecords records = new ReviewRecords();

    static Review decided() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.version = 4;
        policy.rules = new PolicyRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(), Map.of());
        RequirementSummary requirement = new RequirementSummary(UUID.randomUUID(), "C-1", true, "ORDER", "Pump housings",
                "1250.00", "CNY", List.of(), List.of(), false, null, List.of(), null);
        Review review = Review.open(UUID.randomUUID(), 1, requirement, ReviewType.FULL, Set.of(Department.QUALITY),
                List.of("FULL: a new customer"), policy, OPENED);
        review.recordOpinion(Department.QUALITY, Verdict.APPROVE, "can test it", null, "q.reviewer", OPENED.plusHours(1));
        review.consolidate(new Consolidation(true, true, true, true, null, "chen.sm", OPENED.plusHours(2)));
        review.decide(new DecisionRecord(Decision.APPROVED, "go", null, "wang.gm", OPENED.plusHours(3)));
        return review;
    }

    @Test
    void anUndecidedReviewHasNothingFrozenToCheck() {
        Review open = decided();
        open.recordHash = null;

        ReviewRecords.Checked checked = records.check(open);

        assertNull(checked.intact());
        assertEquals(open.id, checked.content().reviewId());
    }

    @Test
    void theDecisionFreezesTheRecordWhichThenReadsIntact() {
        Review review = decided();

        assertEquals(RecordForms.hash(review), review.recordHash);
        assertEquals(64, review.recordHash.length());
        assertEquals(ReviewRecordV2.VERSION, review.recordVersion);
        assertTrue(records.check(review).intact());
        assertEquals(ReviewRecordV2.VERSION, records.check(review).formVersion());
    }

    @Test
    void aChangedOpinionAfterTheDecisionShowsAsTampered() {
        Review review = decided();

        review.opinions = new ArrayList<>(List.of(review.opinions.get(0).superseded()));

        assertFalse(records.check(review).intact());
    }

    @Test
    void aChangedDecisionShowsAsTampered() {
        Review review = decided();

        review.decision = new DecisionRecord(Decision.REJECTED, "go", null, "wang.gm", review.decision.at());

        assertFalse(records.check(review).intact());
    }

    @Test
    void aRecordFrozenBeforeFormsHadVersionsIsCheckedInThatForm() {
        Review review = decided();
        review.recordHash = ReviewRecordContent.of(review).sha256();
        review.recordVersion = null;

        assertTrue(records.check(review).intact());
        review.requirement = new RequirementSummary(review.requirement.customerId(), "C-1", true, "ORDER", "Pump housings",
                "12500.00", "CNY", List.of(), List.of(), false, null, List.of(), null);
        assertFalse(records.check(review).intact());
    }

    @Test
    void aRecordFrozenInFormOneIsCheckedInFormOneAndItsRequirementTextsCannotChangeIt() {
        Review review = decided();
        review.recordHash = ReviewRecordContent.of(review).sha256();
        review.recordVersion = ReviewRecordContent.VERSION;

        assertTrue(records.check(review).intact());
        assertEquals(ReviewRecordContent.VERSION, records.check(review).formVersion());
        assertFalse(RecordForms.matches(review, RecordForms.hash(review), ReviewRecordContent.VERSION));
    }

    @Test
    void theSecondFormCoversTheRequirementTextsTheFirstDidNotHold() {
        Review review = decided();
        RequirementSummary s = review.requirement;
        review.requirement = new RequirementSummary(s.customerId(), s.customerCode(), s.newCustomer(), s.source(), s.title(),
                s.totalValue(), s.currency(), s.categories(), s.services(), s.highRisk(), s.paymentTerms(), s.items(),
                s.dueDate(), s.externalRef(), s.erpOrderNo(), s.deliveryPlace(), s.deliveryTerms(),
                List.of(new RequirementSummary.Line("STATUTORY", "按 GB 150 制造（已改）", "GB 150")), s.quotationRef(),
                s.discrepancies(), s.unwritten(), s.confirmation());

        assertFalse(records.check(review).intact());
    }
}
