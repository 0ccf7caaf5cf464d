package io.accord.review.events;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code type} is a name of the service's {@code ReviewType}, {@code requiredDepartments} codes of its department directory. */
public record ReviewOpened(UUID reviewId, UUID requirementId, int requirementRevision, String type,
        Set<String> requiredDepartments, List<String> routingReasons) {
}
