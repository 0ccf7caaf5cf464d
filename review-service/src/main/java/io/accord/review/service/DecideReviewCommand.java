package io.accord.review.service;

import io.accord.review.Decision;

/** The general manager's decision; approving over a department's REJECT needs an override reason. */
public record DecideReviewCommand(Decision decision, String comment, String overrideReason) {
}
