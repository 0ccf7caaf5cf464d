package io.accord.requirements.events;

import io.accord.requirements.CustomerProperty;

import java.util.UUID;

/**
 * Data of the customer-property events ({@code customer-property.registered|verified|incident-reported|returned}).
 * {@code incident} is set for an incident: the complaint and quality sides act on it, and the customer must be told.
 */
public record CustomerPropertyEvent(UUID propertyId, UUID customerId, UUID requirementId, CustomerProperty.Kind kind,
        CustomerProperty.Status status, CustomerProperty.Incident incident, boolean customerMustBeNotified) {

    public static CustomerPropertyEvent of(CustomerProperty p, CustomerProperty.Incident incident) {
        return new CustomerPropertyEvent(p.id, p.customerId, p.requirementId, p.kind, p.status, incident, incident != null);
    }
}
