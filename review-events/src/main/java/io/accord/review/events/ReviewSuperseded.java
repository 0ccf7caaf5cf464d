package io.accord.review.events;

import java.util.UUID;

public record ReviewSuperseded(UUID reviewId, UUID requirementId, int requirementRevision, UUID supersededBy) {
}
