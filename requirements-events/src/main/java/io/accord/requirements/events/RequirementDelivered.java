package io.accord.requirements.events;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RequirementDelivered(UUID requirementId, int revision, UUID customerId, String erpClient, String erpOrderNo,
        String reference, OffsetDateTime deliveredAt) {
}
