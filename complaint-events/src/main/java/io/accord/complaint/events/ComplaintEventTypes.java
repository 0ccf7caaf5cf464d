package io.accord.complaint.events;

/** Event types this service publishes on {@link #TOPIC} (all through the outbox). */
public final class ComplaintEventTypes {
    public static final String TOPIC = "accord.complaints";
    public static final String RECEIVED = "complaint.received";
    public static final String ACKNOWLEDGED = "complaint.acknowledged";
    public static final String INVESTIGATION_RECORDED = "complaint.investigation-recorded";
    public static final String RESOLVED = "complaint.resolved";
    public static final String CLOSED = "complaint.closed";
    public static final String REOPENED = "complaint.reopened";
    public static final String WITHDRAWN = "complaint.withdrawn";
    public static final String SLA_BREACHED = "complaint.sla-breached";
    public static final String ACTION_OPENED = "corrective-action.opened";
    public static final String ACTION_IMPLEMENTED = "corrective-action.implemented";
    public static final String ACTION_VERIFIED = "corrective-action.verified";
    public static final String ACTION_INEFFECTIVE = "corrective-action.ineffective";

    private ComplaintEventTypes() {
    }
}
