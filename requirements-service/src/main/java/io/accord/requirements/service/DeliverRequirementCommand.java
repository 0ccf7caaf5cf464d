package io.accord.requirements.service;

/** Record the delivery of an accepted requirement, with the delivery note's reference. */
public record DeliverRequirementCommand(String reference, String note) {
}
