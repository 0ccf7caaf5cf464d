package io.accord.review.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.accord.review.service.ReReviewCommand;

import java.util.List;
import java.util.UUID;

/** {@code requirement.amended}: the changed field paths and the routing facts of the new revision (tolerant reader). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AmendedRequirement(UUID requirementId, Integer revision, Integer previousRevision, String reason,
        List<String> changedPaths, SubmittedRequirement current) {

    /** The re-review of the new revision; call it once {@code current} and {@code changedPaths} are known present. */
    public ReReviewCommand toCommand() {
        return new ReReviewCommand(current.toCommand(), reason, List.copyOf(changedPaths));
    }
}
