package io.accord.feedback.service;

import java.util.UUID;

/** Invite a customer to answer a survey, valid {@code validDays} (30 when absent). */
public record InviteCustomerCommand(UUID customerId, String context, Integer validDays) {
}
