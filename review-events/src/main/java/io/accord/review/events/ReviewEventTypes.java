package io.accord.review.events;

/**
 * Event types the review-service publishes on {@link #TOPIC} (all through the outbox), without the {@code accord.}
 * prefix the envelope carries: {@code <aggregate>.<verb>}. Consumers compare with these, never with literals of their own.
 */
public final class ReviewEventTypes {
    public static final String TOPIC = "accord.reviews";
    /** The aggregates this service names events after: reviews, and the departments of its directory. */
    public static final String REVIEW = "review";
    public static final String DEPARTMENT = "department";

    public static final String OPENED = REVIEW + ".opened";
    public static final String OPINION_RECORDED = REVIEW + ".opinion-recorded";
    public static final String CONSOLIDATED = REVIEW + ".consolidated";
    public static final String APPROVED = REVIEW + ".approved";
    public static final String REJECTED = REVIEW + ".rejected";
    public static final String CLARIFICATION_REQUIRED = REVIEW + ".clarification-required";
    public static final String SUPERSEDED = REVIEW + ".superseded";
    public static final String TASK_OVERDUE = REVIEW + ".task-overdue";
    /** A department's task was delegated to one of its people (issue 14). */
    public static final String TASK_DELEGATED = REVIEW + ".task-delegated";

    /** A department entered the directory / one of its entries changed (names, signing role, mailbox, manager, active). */
    public static final String DEPARTMENT_REGISTERED = DEPARTMENT + ".registered";
    public static final String DEPARTMENT_UPDATED = DEPARTMENT + ".updated";

    private ReviewEventTypes() {
    }
}
