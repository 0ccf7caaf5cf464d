package io.accord.requirements;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a requirement record (PROCESS.md §3). */
public enum RequirementStatus {
    CAPTURED, AWAITING_CONFIRMATION, CONFIRMED, SUBMITTED, UNDER_REVIEW, ACCEPTED, REJECTED,
    CLARIFICATION_REQUESTED, AMENDED, DELIVERED, CANCELLED;

    static final Set<RequirementStatus> SUBMITTABLE = EnumSet.of(CAPTURED, CONFIRMED, CLARIFICATION_REQUESTED, AMENDED);
    static final Set<RequirementStatus> IN_REVIEW = EnumSet.of(SUBMITTED, UNDER_REVIEW);
}
