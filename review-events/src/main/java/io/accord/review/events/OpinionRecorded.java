package io.accord.review.events;

import java.util.UUID;

/** {@code department} and {@code verdict} are names of the service's {@code Department} and {@code Verdict}. */
public record OpinionRecorded(UUID reviewId, UUID requirementId, int requirementRevision, String department,
        String verdict) {
}
