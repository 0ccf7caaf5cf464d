package io.accord.requirements.events;

/** Event types this service publishes on {@link #TOPIC} (all through the outbox). */
public final class RequirementEventTypes {
    public static final String TOPIC = "accord.requirements";
    public static final String CUSTOMER_REGISTERED = "customer.registered";
    public static final String CUSTOMER_UPDATED = "customer.updated";
    public static final String REQUIREMENT_CAPTURED = "requirement.captured";
    public static final String REQUIREMENT_SUBMITTED = "requirement.submitted";
    public static final String REQUIREMENT_STATUS_CHANGED = "requirement.status-changed";
    public static final String REQUIREMENT_CONFIRMED = "requirement.confirmed";
    public static final String REQUIREMENT_AMENDED = "requirement.amended";
    public static final String REQUIREMENT_DELIVERED = "requirement.delivered";
    public static final String REQUIREMENT_CANCELLED = "requirement.cancelled";
    public static final String PROPERTY_REGISTERED = "customer-property.registered";
    public static final String PROPERTY_VERIFIED = "customer-property.verified";
    public static final String PROPERTY_INCIDENT_REPORTED = "customer-property.incident-reported";
    public static final String PROPERTY_CUSTOMER_NOTIFIED = "customer-property.customer-notified";
    public static final String PROPERTY_RETURNED = "customer-property.returned";

    private RequirementEventTypes() {
    }
}
