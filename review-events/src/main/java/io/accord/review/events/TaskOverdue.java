package io.accord.review.events;

import io.accord.review.Department;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A department has not given its opinion by the policy's deadline. */
public record TaskOverdue(UUID reviewId, UUID requirementId, int requirementRevision, Department department,
        OffsetDateTime dueAt) {
}
