package io.accord.requirements.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The customer accepted delivery {@code deliveryNumber} ({@code requirement.delivery-accepted}). When it was the last
 * one missing, {@code requirement.delivered} follows.
 */
public record RequirementDeliveryAccepted(UUID requirementId, int revision, UUID customerId, String erpClient,
        String erpOrderNo, int deliveryNumber, String reference, OffsetDateTime acceptedAt) {
}
