package io.accord.review;

import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.accord.review.ReviewTest.OPENED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PROCESS.md §3: a round that asked for clarification is followed by the next round of the same revision once the
 * requirement comes back with its clarification; every department signs again, seeing the earlier rounds.
 */
class ReviewRoundsTest {

    static final Clarification NOTE = new Clarification("delivery to the Wuxi warehouse, confirmed by e-mail", "li.na",
            OPENED.plusDays(2));

    /** Round 1 by QUALITY and PRODUCTION, a risk assessed, sent back for clarification. */
    static Review clarificationRequired() {
        Review r = ReviewTest.open(ReviewType.FULL, true, Department.QUALITY, Department.PRODUCTION);
        ReviewTest.approveBy(r, Department.QUALITY, Department.PRODUCTION);
        r.addRisk(Risk.Category.DELIVERY, 4, 4, "second supplier", "chen.sm", OPENED.plusHours(2));
        r.consolidate(ReviewTest.consolidation());
        r.decide(ReviewTest.decision(Decision.CLARIFICATION_REQUIRED, null));
        return r;
    }

    @Test
    void theNextRoundShowsTheEarlierOneAndItsClarificationAndEveryDepartmentSignsAgain() {
        Review first = clarificationRequired();
        Review second = ReviewTest.open(ReviewType.FULL, true, Department.QUALITY, Department.PRODUCTION);
        second.takeChanges();
        first.takeChanges();

        second.follows(first, NOTE);
        first.followedBy(second);

        assertEquals(2, second.round);
        assertEquals(NOTE, second.clarification);
        assertEquals(List.of(), second.opinions, "the departments sign again with the clarification in hand");
        assertEquals(Set.of(Department.QUALITY, Department.PRODUCTION), second.missingOpinions());
        assertEquals(first.risks, second.risks, "the revision's risk assessment stands");
        ReviewRound earlier = second.earlierRounds.get(0);
        assertEquals(List.of(first.id), second.earlierRounds.stream().map(ReviewRound::reviewId).toList());
        assertEquals(1, earlier.round());
        assertEquals(ReviewStatus.CLARIFICATION_REQUIRED, earlier.status());
        assertEquals(first.opinions, earlier.opinions());
        assertEquals(Decision.CLARIFICATION_REQUIRED, earlier.decision().decision());
        assertEquals(second.id, first.nextRound);
        assertEquals(ReviewStatus.CLARIFICATION_REQUIRED, first.status, "the earlier round keeps its decision");

        DomainChange opened = second.pendingChanges().get(0);
        assertEquals("round 2 after clarification", opened.action());
        assertEquals(NOTE, ((Map<?, ?>) opened.detail()).get("clarification"));
        assertEquals("clarified: round 2 opened", first.pendingChanges().get(0).action());
        assertNull(first.pendingChanges().get(0).event(), "no one else needs to hear of it: review.opened speaks for round 2");
    }

    @Test
    void aThirdRoundShowsBothEarlierOnesOldestFirst() {
        Review first = clarificationRequired();
        Review second = ReviewTest.open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION);
        second.follows(first, NOTE);
        ReviewTest.approveBy(second, Department.QUALITY, Department.PRODUCTION);
        second.consolidate(ReviewTest.consolidation());
        second.decide(ReviewTest.decision(Decision.CLARIFICATION_REQUIRED, null));
        Review third = ReviewTest.open(ReviewType.FULL, false, Department.QUALITY, Department.PRODUCTION);

        third.follows(second, new Clarification("price confirmed", "li.na", OPENED.plusDays(4)));

        assertEquals(3, third.round);
        assertEquals(List.of(1, 2), third.earlierRounds.stream().map(ReviewRound::round).toList());
        assertEquals(NOTE, third.earlierRounds.get(1).clarification());
    }

    @Test
    void anAmendmentsReviewShowsTheRoundsOfTheRevisionsBeforeIt() {
        Review first = clarificationRequired();
        Review amended = ReviewTest.open(ReviewType.FULL, false, Department.QUALITY);
        first.supersede(amended, OPENED.plusDays(3));

        amended.continues(first);

        assertEquals(1, amended.round);
        assertEquals(ReviewStatus.SUPERSEDED, amended.earlierRounds.get(0).status());
        assertTrue(amended.risks.isEmpty(), "a new revision is assessed anew");
    }

    @Test
    void aSimplifiedOrDecidedReviewHasNoMeeting() {
        Review simplified = ReviewTest.open(ReviewType.SIMPLIFIED, false);
        assertThrows(IllegalTransitionException.class, () -> simplified.recordMeeting(OPENED.plusHours(1),
                List.of(), "minutes", List.of(), "chen.sm", OPENED.plusHours(2)));
        Review decided = clarificationRequired();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> decided.recordMeeting(
                OPENED.plusHours(1), List.of(new ReviewMeeting.Attendee(Department.QUALITY, "Liu")), "minutes", List.of(),
                "chen.sm", OPENED.plusHours(8)));
        assertEquals("CLARIFICATION_REQUIRED", refused.currentState());
        assertNull(decided.meeting);
    }
}
