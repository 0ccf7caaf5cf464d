package io.accord.review.service;

import io.accord.review.Clarification;
import io.accord.review.RequirementSummary;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Open the review of a submitted requirement revision: the facts the review form shows ({@code summary}) and its
 * total {@code value} as a number, which routing compares with the policy's thresholds. {@code clarification} is
 * present when the revision comes back after its review asked for clarification (its next round).
 */
public record OpenReviewCommand(UUID requirementId, int revision, RequirementSummary summary, BigDecimal value,
        Clarification clarification) {

    public OpenReviewCommand(UUID requirementId, int revision, RequirementSummary summary, BigDecimal value) {
        this(requirementId, revision, summary, value, null);
    }
}
