package io.accord.requirements.service;

/** Resolve a difference between the requirement and the earlier quotation, saying how. */
public record ResolveDiscrepancyCommand(String note) {
}
