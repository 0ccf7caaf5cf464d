package io.accord.review.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A department (a name of the service's {@code Department}) has not given its opinion by the policy's deadline. */
public record TaskOverdue(UUID reviewId, UUID requirementId, int requirementRevision, String department,
        OffsetDateTime dueAt) {
}
