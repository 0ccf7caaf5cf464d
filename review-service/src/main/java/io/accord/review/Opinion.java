package io.accord.review;

import java.time.OffsetDateTime;
import java.util.List;

/** One department's signed opinion; a newer one from the same department supersedes it (both are kept). */
public record Opinion(Department department, Verdict verdict, String comment, List<String> conditions, String by,
        OffsetDateTime at, int forRevision, boolean current) {

    public Opinion superseded() {
        return new Opinion(department, verdict, comment, conditions, by, at, forRevision, false);
    }
}
