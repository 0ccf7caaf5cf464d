package io.accord.requirements.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of the customer-property events ({@code customer-property.registered|verified|incident-reported|returned}).
 * {@code incident} is set for an incident: the complaint and quality sides act on it, and the customer must be told.
 * {@code kind} and {@code status} are names of the service's {@code CustomerProperty.Kind} and {@code .Status}.
 */
public record CustomerPropertyEvent(UUID propertyId, UUID customerId, UUID requirementId, String kind,
        String status, Incident incident, boolean customerMustBeNotified) {

    /** {@code type}: {@code LOST}, {@code DAMAGED} or {@code UNSUITABLE}; {@code customerNotified} once the customer was told. */
    public record Incident(int seq, String type, String description, String reportedBy, OffsetDateTime reportedAt,
            CustomerNotice customerNotified) {
    }

    public record CustomerNotice(String method, String reference, String by, OffsetDateTime at) {
    }
}
