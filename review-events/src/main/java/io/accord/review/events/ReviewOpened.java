package io.accord.review.events;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code type} and {@code requiredDepartments} are names of the service's {@code ReviewType} and {@code Department}. */
public record ReviewOpened(UUID reviewId, UUID requirementId, int requirementRevision, String type,
        Set<String> requiredDepartments, List<String> routingReasons) {
}
