package io.accord.requirements.events;

import java.util.UUID;

/** {@code source} and {@code status} are names of the service's {@code RequirementSource} and {@code RequirementStatus}. */
public record RequirementCaptured(UUID requirementId, int revision, UUID customerId, String source,
        String title, String status, String erpClient, String erpOrderNo) {
}
