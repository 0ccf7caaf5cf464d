package io.accord.requirements.events;

import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;

import java.util.UUID;

public record RequirementCaptured(UUID requirementId, int revision, UUID customerId, RequirementSource source,
        String title, RequirementStatus status, String erpClient, String erpOrderNo) {
}
