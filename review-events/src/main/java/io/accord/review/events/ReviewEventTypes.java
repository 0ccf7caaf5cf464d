package io.accord.review.events;

/** Event types this service publishes on {@link #TOPIC} (all through the outbox). */
public final class ReviewEventTypes {
    public static final String TOPIC = "accord.reviews";
    public static final String OPENED = "review.opened";
    public static final String OPINION_RECORDED = "review.opinion-recorded";
    public static final String CONSOLIDATED = "review.consolidated";
    public static final String APPROVED = "review.approved";
    public static final String REJECTED = "review.rejected";
    public static final String CLARIFICATION_REQUIRED = "review.clarification-required";
    public static final String SUPERSEDED = "review.superseded";
    public static final String TASK_OVERDUE = "review.task-overdue";

    private ReviewEventTypes() {
    }
}
