package io.accord.requirements.service;

/** Cancel a requirement for a reason. The history records it as given. */
public record CancelRequirementCommand(String reason) {
}
