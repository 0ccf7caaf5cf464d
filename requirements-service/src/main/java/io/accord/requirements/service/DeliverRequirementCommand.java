package io.accord.requirements.service;

import io.accord.requirements.Delivery;

import java.util.List;

/**
 * Record a delivery of an accepted requirement: the delivered quantity of each product named, or, with no lines,
 * everything still outstanding; {@code reference} is the delivery note's number.
 */
public record DeliverRequirementCommand(List<Delivery.Line> lines, String reference, String note) {
}
