package io.accord.requirements.rest;

import io.accord.requirements.CustomerProperty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record PropertyView(UUID id, UUID customerId, UUID requirementId, CustomerProperty.Kind kind, String description,
        BigDecimal quantity, String unit, CustomerProperty.Status status, CustomerProperty.Verification verification,
        List<CustomerProperty.Incident> incidents, long incidentsAwaitingCustomerNotice, CustomerProperty.Return returned,
        String receivedBy, OffsetDateTime receivedAt, long version) {

    public static PropertyView of(CustomerProperty p) {
        return new PropertyView(p.id, p.customerId, p.requirementId, p.kind, p.description, p.quantity, p.unit, p.status,
                p.verification, p.incidents, p.incidentsAwaitingNotice(), p.returned, p.receivedBy, p.receivedAt, p.version);
    }
}
