package io.accord.feedback.service;

import io.accord.feedback.service.SatisfactionService.Scores;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** CSAT and NPS from counted answers, in percent to one decimal; nothing to count from is no figure, not zero. */
class SatisfactionScoresTest {

    @Test
    void csatIsTheShareOfSatisfiedRatings() {
        Scores scores = SatisfactionScores.of(4, 3, 3.75, 0, 0, 0);

        assertEquals(4, scores.ratingAnswers());
        assertEquals(75.0, scores.csat());
        assertEquals(3.8, scores.averageRating());
    }

    @Test
    void figuresAreRoundedToOneDecimal() {
        assertEquals(66.7, SatisfactionScores.of(3, 2, 3.666666, 0, 0, 0).csat());
        assertEquals(3.7, SatisfactionScores.of(3, 2, 3.666666, 0, 0, 0).averageRating());
        assertEquals(33.3, SatisfactionScores.of(3, 1, 3.0, 0, 0, 0).csat());
        assertEquals(-33.3, SatisfactionScores.of(0, 0, null, 3, 0, 1).nps());
    }

    @Test
    void npsIsPromotersMinusDetractorsOfAllNpsAnswers() {
        Scores scores = SatisfactionScores.of(0, 0, null, 10, 5, 2);

        assertEquals(10, scores.npsAnswers());
        assertEquals(30.0, scores.nps());
        assertEquals(-100.0, SatisfactionScores.of(0, 0, null, 4, 0, 4).nps());
        assertEquals(100.0, SatisfactionScores.of(0, 0, null, 4, 4, 0).nps());
        assertEquals(0.0, SatisfactionScores.of(0, 0, null, 6, 0, 0).nps(), "passives only");
    }

    @Test
    void withoutAnswersAFigureIsAbsentNotZero() {
        Scores none = SatisfactionScores.of(0, 0, null, 0, 0, 0);

        assertNull(none.csat());
        assertNull(none.averageRating());
        assertNull(none.nps());
        assertEquals(0, none.ratingAnswers());
        assertEquals(0, none.npsAnswers());
    }

    @Test
    void ratingsWithoutNpsAnswersHaveACsatAndNoNpsAndTheOtherWayRound() {
        Scores ratingsOnly = SatisfactionScores.of(2, 0, 1.5, 0, 0, 0);
        assertEquals(0.0, ratingsOnly.csat());
        assertNull(ratingsOnly.nps());

        Scores npsOnly = SatisfactionScores.of(0, 0, null, 2, 1, 0);
        assertNull(npsOnly.csat());
        assertEquals(50.0, npsOnly.nps());
    }
}
