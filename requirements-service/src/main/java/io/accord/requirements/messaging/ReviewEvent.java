package io.accord.requirements.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * The part of the review-service's {@code review.opened} and {@code review.approved|rejected|clarification-required}
 * this service reads (tolerant reader: other fields are ignored; ReviewEventsContractTest checks these against the
 * producer's payloads).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewEvent(UUID reviewId, UUID requirementId, Integer requirementRevision) {
}
