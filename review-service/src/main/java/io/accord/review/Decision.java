package io.accord.review;

/** The general manager's decision; each one is also the review's final status. */
public enum Decision {
    APPROVED, REJECTED, CLARIFICATION_REQUIRED;

    public ReviewStatus status() {
        return ReviewStatus.valueOf(name());
    }
}
