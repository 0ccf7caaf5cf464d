package io.accord.feedback.events;

/** Event types this service publishes on {@link #TOPIC} (all through the outbox). */
public final class FeedbackEventTypes {
    public static final String TOPIC = "accord.feedback";
    public static final String RECEIVED = "feedback.received";
    /** Negative feedback: the complaint-service opens a complaint from it (PROCESS.md §4). */
    public static final String ESCALATED = "feedback.escalated";
    public static final String SURVEY_CREATED = "survey.created";
    public static final String INVITATION_SENT = "survey.invitation-sent";
    public static final String SURVEY_RESPONDED = "survey.responded";

    private FeedbackEventTypes() {
    }
}
