package io.accord.review;

import java.time.OffsetDateTime;

/** The sales manager's check of the contract terms after all opinions are in. */
public record Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear,
        boolean discrepanciesResolved, String comment, String by, OffsetDateTime at) {
}
