package io.accord.requirements.service;

import io.accord.requirements.Confirmation;

/** Record how the customer confirmed an unwritten requirement, by whom and with which reference. */
public record ConfirmRequirementCommand(Confirmation.Method method, String confirmedBy, String reference) {
}
