package io.accord.requirements.events;

/**
 * Event types the requirements-service publishes on {@link #TOPIC} (all through the outbox), without the
 * {@code accord.} prefix the envelope carries: {@code <aggregate>.<verb>}. Consumers compare with these, never with
 * literals of their own.
 */
public final class RequirementEventTypes {
    public static final String TOPIC = "accord.requirements";
    /** The aggregates this service names events after. */
    public static final String REQUIREMENT = "requirement";
    public static final String CUSTOMER = "customer";
    public static final String CUSTOMER_PROPERTY = "customer-property";

    public static final String CUSTOMER_REGISTERED = CUSTOMER + ".registered";
    public static final String CUSTOMER_UPDATED = CUSTOMER + ".updated";
    public static final String REQUIREMENT_CAPTURED = REQUIREMENT + ".captured";
    public static final String REQUIREMENT_SUBMITTED = REQUIREMENT + ".submitted";
    public static final String REQUIREMENT_STATUS_CHANGED = REQUIREMENT + ".status-changed";
    public static final String REQUIREMENT_CONFIRMED = REQUIREMENT + ".confirmed";
    public static final String REQUIREMENT_AMENDED = REQUIREMENT + ".amended";
    /** Every line delivered in full and every delivery accepted by the customer: the commitment is fulfilled. */
    public static final String REQUIREMENT_DELIVERED = REQUIREMENT + ".delivered";
    /** One delivery (all or part of the lines) was recorded; the customer's acceptance is still to come. */
    public static final String DELIVERY_RECORDED = REQUIREMENT + ".delivery-recorded";
    public static final String DELIVERY_ACCEPTED = REQUIREMENT + ".delivery-accepted";
    /** The customer refused a delivery: the complaint-service opens a complaint for it. */
    public static final String DELIVERY_REJECTED = REQUIREMENT + ".delivery-rejected";
    public static final String REQUIREMENT_CANCELLED = REQUIREMENT + ".cancelled";
    /**
     * A file was attached to a requirement (payload: accord-persistence's {@code AttachmentAdded}: the file's
     * description and SHA-256, never its bytes); the review lists it in the record of an open review.
     */
    public static final String REQUIREMENT_ATTACHMENT_ADDED = REQUIREMENT + ".attachment-added";
    public static final String PROPERTY_REGISTERED = CUSTOMER_PROPERTY + ".registered";
    public static final String PROPERTY_VERIFIED = CUSTOMER_PROPERTY + ".verified";
    public static final String PROPERTY_INCIDENT_REPORTED = CUSTOMER_PROPERTY + ".incident-reported";
    public static final String PROPERTY_CUSTOMER_NOTIFIED = CUSTOMER_PROPERTY + ".customer-notified";
    public static final String PROPERTY_RETURNED = CUSTOMER_PROPERTY + ".returned";
    /** A file (a photo, a damage report) was attached to an incident of customer property ({@code part}: its number). */
    public static final String PROPERTY_ATTACHMENT_ADDED = CUSTOMER_PROPERTY + ".attachment-added";

    private RequirementEventTypes() {
    }
}
