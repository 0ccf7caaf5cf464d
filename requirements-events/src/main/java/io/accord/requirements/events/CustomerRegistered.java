package io.accord.requirements.events;

import java.util.UUID;

public record CustomerRegistered(UUID customerId, String code, String name) {
}
