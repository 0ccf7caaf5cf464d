package io.accord.review.events;

import io.accord.review.Department;
import io.accord.review.ReviewType;

import java.util.List;
import java.util.Set;
import java.util.UUID;

public record ReviewOpened(UUID reviewId, UUID requirementId, int requirementRevision, ReviewType type,
        Set<Department> requiredDepartments, List<String> routingReasons) {
}
