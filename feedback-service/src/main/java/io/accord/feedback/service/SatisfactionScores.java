package io.accord.feedback.service;

import io.accord.feedback.service.SatisfactionService.Scores;

/**
 * CSAT and NPS from counted answers: CSAT is the share of 4–5 answers among 1–5 ratings, NPS the share of 9–10 minus
 * the share of 0–6 answers among 0–10 ratings, each in percent to one decimal. A figure without answers to compute it
 * from is {@code null}, never 0: no answers is not the same as nobody satisfied.
 */
final class SatisfactionScores {

    private SatisfactionScores() {
    }

    /**
     * @param ratingAnswers answers to 1–5 rating questions; {@code satisfied} of them are 4 or 5
     * @param averageRating their mean, as the database computed it (null without answers)
     * @param npsAnswers    answers to 0–10 questions; {@code promoters} of them are 9 or 10, {@code detractors} 0 to 6
     */
    static Scores of(long ratingAnswers, long satisfied, Double averageRating, long npsAnswers, long promoters, long detractors) {
        return new Scores(ratingAnswers, ratingAnswers == 0 ? null : round(satisfied * 100.0 / ratingAnswers),
                averageRating == null ? null : round(averageRating), npsAnswers,
                npsAnswers == 0 ? null : round((promoters - detractors) * 100.0 / npsAnswers));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
