package io.accord.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Department tasks against the policy's hours, at chosen moments: due, overdue once, cleared by the opinion. */
class ReviewTaskSlaTest {

    static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    static Review open(Map<Department, Integer> slaHours, Department... departments) {
        ReviewPolicy policy = new ReviewPolicy();
        policy.version = 1;
        policy.rules = new PolicyRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(), slaHours);
        RequirementSummary requirement = new RequirementSummary(UUID.randomUUID(), "C-1", true, "ORDER", "Pump housings",
                "900", "CNY", List.of(), List.of(), false, null, List.of(), null);
        return Review.open(UUID.randomUUID(), 1, requirement, ReviewType.FULL, Set.of(departments), List.of("new customer"),
                policy, OPENED);
    }

    static List<Department> departments(List<ReviewTask> tasks) {
        return tasks.stream().map(ReviewTask::department).toList();
    }

    @Test
    void eachDepartmentIsDueAfterItsHoursInThePolicyAndOneItDoesNotNameAfterThreeDays() {
        Review review = open(Map.of(Department.QUALITY, 48), Department.QUALITY, Department.LEGAL);
        assertEquals(Map.of(Department.QUALITY, OPENED.plusHours(48), Department.LEGAL, OPENED.plusHours(72)),
                review.tasks.stream().collect(Collectors.toMap(ReviewTask::department, ReviewTask::dueAt)));
    }

    @Test
    void aTaskIsOverdueOnlyAfterItsDeadlineAndIsReportedOnce() {
        Review review = open(Map.of(Department.PROCUREMENT, 48), Department.PROCUREMENT);
        assertEquals(List.of(), review.markOverdue(OPENED.plusHours(48)));
        assertFalse(review.overdue);

        assertEquals(List.of(Department.PROCUREMENT), departments(review.markOverdue(OPENED.plusHours(48).plusNanos(1_000))));
        assertTrue(review.overdue);
        assertEquals(List.of(), review.markOverdue(OPENED.plusDays(30)));
    }

    @Test
    void aDepartmentThatAnsweredIsNeverOverdueAndTheLastMissingOpinionClearsTheFlag() {
        Review review = open(Map.of(Department.QUALITY, 48, Department.PRODUCTION, 48), Department.QUALITY, Department.PRODUCTION);
        review.recordOpinion(Department.QUALITY, Verdict.APPROVE, null, null, "q.reviewer", OPENED.plusHours(1));

        assertEquals(List.of(Department.PRODUCTION), departments(review.markOverdue(OPENED.plusHours(49))));
        assertTrue(review.overdue);
        review.recordOpinion(Department.PRODUCTION, Verdict.APPROVE, null, null, "p.reviewer", OPENED.plusHours(50));
        assertFalse(review.overdue);
    }

    @Test
    void aReviewThatIsNoLongerOpenHasNoOverdueTasks() {
        Review review = open(Map.of(Department.QUALITY, 48), Department.QUALITY);
        review.supersede(open(Map.of(Department.QUALITY, 48), Department.QUALITY), OPENED.plusHours(1));
        assertEquals(List.of(), review.markOverdue(OPENED.plusDays(10)));
        assertFalse(review.overdue);
    }

    @Test
    void anOpinionCarriedOverFromTheEarlierRevisionAnswersTheTask() {
        Review earlier = open(Map.of(), Department.QUALITY);
        earlier.recordOpinion(Department.QUALITY, Verdict.APPROVE, null, null, "q.reviewer", OPENED.plusHours(1));
        Review amended = open(Map.of(Department.QUALITY, 24, Department.PRODUCTION, 24), Department.QUALITY, Department.PRODUCTION);
        amended.carryOver(earlier.opinions, Set.of());

        assertEquals(List.of(Department.PRODUCTION), departments(amended.markOverdue(OPENED.plusDays(2))));
    }
}
