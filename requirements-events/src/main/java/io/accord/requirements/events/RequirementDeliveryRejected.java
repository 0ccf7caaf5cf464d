package io.accord.requirements.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The customer refused delivery {@code deliveryNumber} ({@code requirement.delivery-rejected}); its quantities count
 * as not delivered. {@code category} is {@code QUALITY} (the goods fail the acceptance criteria) or {@code DELIVERY}
 * (late, wrong place, wrong or damaged in transport, incomplete papers); {@code orderRef} is the customer's
 * reference of the order (the ERP's order number, or the record's external reference).
 */
public record RequirementDeliveryRejected(UUID requirementId, int revision, UUID customerId, String erpClient,
        String erpOrderNo, String orderRef, String title, int deliveryNumber, String reference,
        List<RequirementDeliveryRecorded.Line> lines, String category, String reason, OffsetDateTime rejectedAt) {
}
