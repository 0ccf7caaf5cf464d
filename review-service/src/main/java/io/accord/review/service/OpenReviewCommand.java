package io.accord.review.service;

import io.accord.review.RequirementSummary;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Open the review of a submitted requirement revision: the facts the review form shows ({@code summary}) and its
 * total {@code value} as a number, which routing compares with the policy's thresholds.
 */
public record OpenReviewCommand(UUID requirementId, int revision, RequirementSummary summary, BigDecimal value) {
}
