package io.accord.requirements;

import java.time.OffsetDateTime;

/**
 * What was clarified when a record the review sent back ({@code CLARIFICATION_REQUESTED}) went to review again at the
 * same revision: the note reviewers read in the next round, who gave it and when.
 */
public record Clarification(int revision, String text, String by, OffsetDateTime at) {
}
