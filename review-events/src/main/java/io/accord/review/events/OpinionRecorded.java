package io.accord.review.events;

import io.accord.review.Department;
import io.accord.review.Verdict;

import java.util.UUID;

public record OpinionRecorded(UUID reviewId, UUID requirementId, int requirementRevision, Department department,
        Verdict verdict) {
}
