package io.accord.review;

import java.time.OffsetDateTime;

/**
 * Why a review round exists after the first of its revision: the general manager asked for clarification, and the
 * requirement came back with this note (given by {@code by} at {@code at}), which the reviewers of the round read.
 */
public record Clarification(String text, String by, OffsetDateTime at) {
}
