package io.accord.review.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A department (a code of the service's department directory) has not given its opinion by the policy's deadline. */
public record TaskOverdue(UUID reviewId, UUID requirementId, int requirementRevision, String department,
        OffsetDateTime dueAt) {
}
