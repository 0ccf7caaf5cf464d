package io.accord.complaint.events;

/**
 * Event types the complaint-service publishes on {@link #TOPIC} (all through the outbox), without the {@code accord.}
 * prefix the envelope carries: {@code <aggregate>.<verb>}. Consumers compare with these, never with literals of their own.
 */
public final class ComplaintEventTypes {
    public static final String TOPIC = "accord.complaints";
    /** The aggregates this service names events after. */
    public static final String COMPLAINT = "complaint";
    public static final String CORRECTIVE_ACTION = "corrective-action";

    public static final String RECEIVED = COMPLAINT + ".received";
    public static final String ACKNOWLEDGED = COMPLAINT + ".acknowledged";
    public static final String INVESTIGATION_RECORDED = COMPLAINT + ".investigation-recorded";
    public static final String RESOLVED = COMPLAINT + ".resolved";
    public static final String CLOSED = COMPLAINT + ".closed";
    public static final String REOPENED = COMPLAINT + ".reopened";
    public static final String WITHDRAWN = COMPLAINT + ".withdrawn";
    public static final String SLA_BREACHED = COMPLAINT + ".sla-breached";
    /** A file (photos, the customer's letter, an 8D report) was attached (payload: accord-persistence's AttachmentAdded). */
    public static final String ATTACHMENT_ADDED = COMPLAINT + ".attachment-added";
    public static final String ACTION_OPENED = CORRECTIVE_ACTION + ".opened";
    public static final String ACTION_IMPLEMENTED = CORRECTIVE_ACTION + ".implemented";
    public static final String ACTION_VERIFIED = CORRECTIVE_ACTION + ".verified";
    public static final String ACTION_INEFFECTIVE = CORRECTIVE_ACTION + ".ineffective";
    /** An action still to be implemented the day after its due date; once per action. */
    public static final String ACTION_OVERDUE = CORRECTIVE_ACTION + ".overdue";
    /** A file (evidence of implementation or of effectiveness) was attached to a corrective action. */
    public static final String ACTION_ATTACHMENT_ADDED = CORRECTIVE_ACTION + ".attachment-added";

    private ComplaintEventTypes() {
    }
}
