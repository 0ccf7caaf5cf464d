package io.accord.requirements.events;

import java.util.List;
import java.util.UUID;

/**
 * A new revision that goes back to review. {@code changedPaths} (e.g. {@code items[0].quantity},
 * {@code delivery.dueDate}) let the review re-route to the departments the change touches; {@code current}
 * carries the same routing facts as {@code requirement.submitted}.
 */
public record RequirementAmended(UUID requirementId, int revision, int previousRevision, String reason,
        List<String> changedPaths, RequirementSubmitted current) {
}
