package io.accord.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.accord.review.ReviewTaskSlaTest.OPENED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When an overdue task reminds and escalates, once each; who may be handed a task and when. */
class ReviewTaskEscalationTest {

    /** Remind 4 hours after the due time, escalate 24 hours after it. */
    static final EscalationRules RULES = new EscalationRules(4, 24);
    /** QUALITY is due 48 hours after the review opened. */
    static final OffsetDateTime DUE = OPENED.plusHours(48);

    static Review review() {
        return ReviewTaskSlaTest.open(Map.of(Department.QUALITY, 48), Department.QUALITY);
    }

    @Test
    void nothingIsDueUntilTheReminderThresholdHasPassed() {
        Review review = review();
        assertEquals(List.of(), review.chaseOverdue(RULES, DUE.plusHours(1)));
        assertEquals(List.of(), review.chaseOverdue(RULES, DUE.plusHours(4)), "the threshold itself is not past it");
    }

    @Test
    void theReminderComesOnceThenTheEscalationOnce() {
        Review review = review();
        List<Review.Chase> reminded = review.chaseOverdue(RULES, DUE.plusHours(4).plusMinutes(1));
        assertEquals(List.of(EscalationRules.Step.REMIND), reminded.stream().map(Review.Chase::step).toList());
        assertEquals(DUE.plusHours(4).plusMinutes(1), reminded.get(0).task().remindedAt());
        assertEquals(List.of(), review.chaseOverdue(RULES, DUE.plusHours(10)), "a reminder is sent once");

        List<Review.Chase> escalated = review.chaseOverdue(RULES, DUE.plusHours(25));
        assertEquals(List.of(EscalationRules.Step.ESCALATE), escalated.stream().map(Review.Chase::step).toList());
        assertEquals(List.of(), review.chaseOverdue(RULES, DUE.plusHours(200)), "an escalation is sent once");
        assertNotNull(review.tasks.get(0).remindedAt());
        assertNotNull(review.tasks.get(0).escalatedAt());
    }

    @Test
    void aWatchThatWasDownTakesBothStepsInOrder() {
        Review review = review();
        assertEquals(List.of(EscalationRules.Step.REMIND, EscalationRules.Step.ESCALATE),
                review.chaseOverdue(RULES, DUE.plusDays(3)).stream().map(Review.Chase::step).toList());
    }

    @Test
    void aDepartmentThatHasAnsweredIsNotChasedNorIsADecidedReview() {
        Review answered = review();
        answered.recordOpinion(Department.QUALITY, Verdict.APPROVE, "ok", List.of(), "q", DUE.minusHours(1));
        assertEquals(List.of(), answered.chaseOverdue(RULES, DUE.plusDays(3)));
        Review superseded = review();
        superseded.supersede(review(), DUE);
        assertEquals(List.of(), superseded.chaseOverdue(RULES, DUE.plusDays(3)));
    }

    @Test
    void theEscalationComesAfterTheReminderAndAPolicyWithoutThresholdsHasTheDefault() throws Exception {
        InvalidFieldException same = assertThrows(InvalidFieldException.class, () -> new EscalationRules(24, 24).requireOrdered());
        assertEquals("escalation.escalateAfterHours", same.field());
        assertThrows(InvalidFieldException.class, () -> new EscalationRules(30, 2).requireOrdered());
        new EscalationRules(0, 1).requireOrdered();
        // a policy version stored before issue 14, as its jsonb reads
        PolicyRules stored = new ObjectMapper().readValue("""
                {"simplifiedMaxValue": 50000, "financeThreshold": 300000, "legalThreshold": 500000,
                 "standardPaymentTerms": ["NET30"], "rerouteOnChange": {}, "slaHours": {"QUALITY": 48}}""", PolicyRules.class);
        assertEquals(EscalationRules.DEFAULT, stored.escalation());
        assertEquals(new EscalationRules(0, 24), EscalationRules.DEFAULT);
    }

    @Test
    void aTaskIsDelegatedToSomeoneElseWhileOpenAndTheHistorySaysSo() {
        Review review = review();
        ReviewTask task = review.delegateTask(Department.QUALITY, "sun.qa", "knows the customer", "li.qa", DUE.minusHours(2));
        assertEquals("sun.qa", task.assignee());
        assertEquals("li.qa", task.delegatedBy());
        assertEquals(DUE.minusHours(2), task.delegatedAt());
        assertEquals(task, review.tasks.get(0));
        assertEquals(DUE, task.dueAt(), "the deadline stays the department's");

        assertEquals("to", assertThrows(InvalidFieldException.class,
                () -> review.delegateTask(Department.QUALITY, "li.qa", null, "li.qa", DUE)).field());
        assertEquals("to", assertThrows(InvalidFieldException.class,
                () -> review.delegateTask(Department.QUALITY, "sun.qa", null, "li.qa", DUE)).field());
        assertThrows(ResourceNotFoundException.class, () -> review.delegateTask(Department.LEGAL, "x", null, "li.qa", DUE));

        review.recordOpinion(Department.QUALITY, Verdict.APPROVE, "ok", List.of(), "sun.qa", DUE.minusHours(1));
        assertThrows(IllegalTransitionException.class, () -> review.delegateTask(Department.QUALITY, "zhou.qa", null, "li.qa", DUE));
        assertTrue(review.openTasks().isEmpty());
    }
}
