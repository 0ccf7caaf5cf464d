package io.accord.review.service;

/** The sales manager's terms checks once every required department has signed. */
public record ConsolidateReviewCommand(boolean termsApplicable, boolean termsComplete, boolean termsClear,
        boolean discrepanciesResolved, String comment) {
}
