package io.accord.requirements.service;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementSource;

import java.util.UUID;

/** Capture a customer's requirement; {@code unwritten}: not given in writing, so it must be confirmed. */
public record CaptureRequirementCommand(UUID customerId, RequirementSource source, RequirementContent content,
        boolean unwritten) {
}
