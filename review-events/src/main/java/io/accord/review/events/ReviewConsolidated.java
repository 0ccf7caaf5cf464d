package io.accord.review.events;

import java.util.UUID;

public record ReviewConsolidated(UUID reviewId, UUID requirementId, int requirementRevision) {
}
