package io.accord.requirements.service;

/** Send a record to review; {@code clarification} answers a review that asked for one (null otherwise). */
public record SubmitRequirementCommand(String clarification) {
}
