package io.accord.review.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A department's review task was handed to one of its people: {@code assignee} (a user id) now answers for it,
 * {@code previousAssignee} (null when it was the department's as a whole) no longer does.
 */
public record TaskDelegated(UUID reviewId, UUID requirementId, int requirementRevision, String department, String assignee,
        String previousAssignee, String delegatedBy, String reason, OffsetDateTime delegatedAt) {
}
