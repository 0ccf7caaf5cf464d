package io.accord.review.events;

import java.util.UUID;

/** {@code department} is a code of the service's department directory, {@code verdict} a name of its {@code Verdict}. */
public record OpinionRecorded(UUID reviewId, UUID requirementId, int requirementRevision, String department,
        String verdict) {
}
