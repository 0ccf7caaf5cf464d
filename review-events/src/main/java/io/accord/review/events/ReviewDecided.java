package io.accord.review.events;

import java.util.UUID;

/**
 * Data of review.approved / review.rejected / review.clarification-required; {@code decision} is the name of the
 * service's {@code Decision} ({@code APPROVED}, {@code REJECTED}, {@code CLARIFICATION_REQUIRED}).
 */
public record ReviewDecided(UUID reviewId, UUID requirementId, int requirementRevision, String decision,
        String comment, String overrideReason) {
}
