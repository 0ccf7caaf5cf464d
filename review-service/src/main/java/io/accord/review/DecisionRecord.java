package io.accord.review;

import io.accord.infra.signatures.Signature;

import java.time.OffsetDateTime;

/**
 * The general manager's decision (or, on a simplified review, the order confirmation's), signed with the meaning of the
 * decision ({@link Decision#meaning()}); {@code signature} is null for decisions recorded before issue 13.
 */
public record DecisionRecord(Decision decision, String comment, String overrideReason, String by, OffsetDateTime at,
        Signature signature) {

    public DecisionRecord(Decision decision, String comment, String overrideReason, String by, OffsetDateTime at) {
        this(decision, comment, overrideReason, by, at, null);
    }

    public DecisionRecord(Decision decision, String comment, String overrideReason, Signature signature) {
        this(decision, comment, overrideReason, signature.signedBy(), signature.signedAt(), signature);
    }
}
