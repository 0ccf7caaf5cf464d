package io.accord.requirements.service;

import io.accord.requirements.CustomerProperty;

import java.math.BigDecimal;
import java.util.UUID;

/** Register property received from a customer, for one of its requirements or none. */
public record RegisterPropertyCommand(UUID customerId, UUID requirementId, CustomerProperty.Kind kind, String description,
        BigDecimal quantity, String unit) {
}
