package io.accord.review;

public enum ReviewStatus {
    OPEN, CONSOLIDATED, APPROVED, REJECTED, CLARIFICATION_REQUIRED, SUPERSEDED;

    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == CLARIFICATION_REQUIRED;
    }
}
