package io.accord.requirements;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a requirement record (PROCESS.md §3). */
public enum RequirementStatus {
    CAPTURED, AWAITING_CONFIRMATION, CONFIRMED, SUBMITTED, UNDER_REVIEW, ACCEPTED, REJECTED,
    CLARIFICATION_REQUESTED, AMENDED, DELIVERED, CANCELLED;

    static final Set<RequirementStatus> SUBMITTABLE = EnumSet.of(CAPTURED, CONFIRMED, CLARIFICATION_REQUESTED);
    /** An amended revision goes to review by its requirement.amended event, like a submitted one. */
    static final Set<RequirementStatus> IN_REVIEW = EnumSet.of(SUBMITTED, UNDER_REVIEW, AMENDED);
    /** Nothing moves a record out of these. */
    static final Set<RequirementStatus> TERMINAL = EnumSet.of(DELIVERED, CANCELLED, REJECTED);
    /** Amending these needs no new review yet: they have not been submitted. */
    static final Set<RequirementStatus> BEFORE_SUBMISSION = EnumSet.of(CAPTURED, AWAITING_CONFIRMATION, CONFIRMED);

    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }
}
