package io.accord.review.events;

import io.accord.review.Decision;

import java.util.UUID;

/** Data of review.approved / review.rejected / review.clarification-required. */
public record ReviewDecided(UUID reviewId, UUID requirementId, int requirementRevision, Decision decision,
        String comment, String overrideReason) {
}
