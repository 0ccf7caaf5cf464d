package io.accord.complaint.rest;

import io.accord.complaint.Complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ComplaintView(UUID id, UUID customerId, String channel, String category, String severity, String status,
        String description, OffsetDateTime receivedAt) {

    public static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id, c.customerId, c.channel, c.category, c.severity, c.status, c.description, c.receivedAt);
    }
}
