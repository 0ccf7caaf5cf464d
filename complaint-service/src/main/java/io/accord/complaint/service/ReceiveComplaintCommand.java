package io.accord.complaint.service;

import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;

import java.util.UUID;

/** Receive a customer's complaint; its severity sets the resolution deadline. */
public record ReceiveComplaintCommand(UUID customerId, ComplaintChannel channel, ComplaintCategory category,
        ComplaintSeverity severity, String description, String orderRef, String productCode, String batch) {
}
