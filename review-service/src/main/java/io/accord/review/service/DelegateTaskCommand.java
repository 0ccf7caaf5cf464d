package io.accord.review.service;

/** Hand a department's review task to {@code to} (a user id of the department), saying why. */
public record DelegateTaskCommand(String to, String reason) {
}
