package io.accord.feedback.events;

/**
 * Event types the feedback-service publishes on {@link #TOPIC} (all through the outbox), without the {@code accord.}
 * prefix the envelope carries: {@code <aggregate>.<verb>}. Consumers compare with these, never with literals of their own.
 */
public final class FeedbackEventTypes {
    public static final String TOPIC = "accord.feedback";
    /** The aggregates this service names events after. */
    public static final String FEEDBACK = "feedback";
    public static final String SURVEY = "survey";

    public static final String RECEIVED = FEEDBACK + ".received";
    /** Negative feedback: the complaint-service opens a complaint from it (PROCESS.md §4). */
    public static final String ESCALATED = FEEDBACK + ".escalated";
    public static final String SURVEY_CREATED = SURVEY + ".created";
    public static final String INVITATION_SENT = SURVEY + ".invitation-sent";
    public static final String SURVEY_RESPONDED = SURVEY + ".responded";

    private FeedbackEventTypes() {
    }
}
