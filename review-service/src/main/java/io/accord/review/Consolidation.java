package io.accord.review;

import io.accord.infra.signatures.Signature;

import java.time.OffsetDateTime;

/**
 * The sales manager's check of the contract terms after all opinions are in, signed CONSOLIDATED ({@code signature}
 * is null for consolidations recorded before issue 13).
 */
public record Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear,
        boolean discrepanciesResolved, String comment, String by, OffsetDateTime at, Signature signature) {

    public Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear, boolean discrepanciesResolved,
            String comment, String by, OffsetDateTime at) {
        this(termsApplicable, termsComplete, termsClear, discrepanciesResolved, comment, by, at, null);
    }

    public Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear, boolean discrepanciesResolved,
            String comment, Signature signature) {
        this(termsApplicable, termsComplete, termsClear, discrepanciesResolved, comment, signature.signedBy(),
                signature.signedAt(), signature);
    }
}
