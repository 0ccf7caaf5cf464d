package io.accord.requirements.service;

import io.accord.requirements.Delivery;
import io.accord.requirements.RejectionCategory;

import java.time.OffsetDateTime;

/**
 * The customer's answer to a delivery: accepted, or rejected with a {@code reason} and a {@code category} (QUALITY
 * when none is given: see {@link RejectionCategory}).
 */
public record RecordAcceptanceCommand(boolean accepted, RejectionCategory category, String reason) {

    Delivery.Acceptance toAcceptance(String actor, OffsetDateTime now) {
        RejectionCategory why = accepted ? null : category == null ? RejectionCategory.QUALITY : category;
        return new Delivery.Acceptance(accepted, why, reason, now, actor);
    }
}
