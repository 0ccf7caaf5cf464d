package io.accord.review;

import io.accord.infra.signatures.Signature;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One department's signed opinion; a newer one from the same department supersedes it (both are kept). {@code by} and
 * {@code at} are the signer and the time, as before signatures had meanings; {@code signature} (REVIEWED) adds the
 * meaning and the signer's sign-in, and is null for opinions recorded before issue 13.
 */
public record Opinion(Department department, Verdict verdict, String comment, List<String> conditions, String by,
        OffsetDateTime at, int forRevision, boolean current, Signature signature) {

    /** An opinion without a signature of its own: one recorded before signatures had meanings. */
    public Opinion(Department department, Verdict verdict, String comment, List<String> conditions, String by,
            OffsetDateTime at, int forRevision, boolean current) {
        this(department, verdict, comment, conditions, by, at, forRevision, current, null);
    }

    public Opinion superseded() {
        return new Opinion(department, verdict, comment, conditions, by, at, forRevision, false, signature);
    }
}
