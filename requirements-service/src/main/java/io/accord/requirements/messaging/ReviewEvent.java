package io.accord.requirements.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The part of the review-service's events this service reads (tolerant reader: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewEvent(UUID reviewId, UUID requirementId, Integer requirementRevision) {
}
