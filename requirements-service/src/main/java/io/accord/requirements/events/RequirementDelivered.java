package io.accord.requirements.events;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RequirementDelivered(UUID requirementId, int revision, UUID customerId, String erpOrderNo, String reference,
        OffsetDateTime deliveredAt) {
}
