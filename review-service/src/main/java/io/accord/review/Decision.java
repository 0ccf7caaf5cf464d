package io.accord.review;

import io.accord.infra.signatures.SignatureMeaning;

/** The general manager's decision; each one is also the review's final status, and what the signature means. */
public enum Decision {
    APPROVED(SignatureMeaning.APPROVED),
    REJECTED(SignatureMeaning.REJECTED),
    CLARIFICATION_REQUIRED(SignatureMeaning.RETURNED_FOR_CLARIFICATION);

    private final SignatureMeaning meaning;

    Decision(SignatureMeaning meaning) {
        this.meaning = meaning;
    }

    public ReviewStatus status() {
        return ReviewStatus.valueOf(name());
    }

    /** What the general manager's signature under this decision means. */
    public SignatureMeaning meaning() {
        return meaning;
    }
}
