package io.accord.infra.web;

import io.accord.infra.errors.PreconditionFailedException;
import io.accord.infra.i18n.Text;
import jakarta.ws.rs.core.EntityTag;

/** Strong ETags from an aggregate's optimistic-lock version; {@code If-Match} is checked against them. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A missing If-Match is allowed (last writer wins); a present one must match the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(Text.of("problem.detail.if-match", ifMatch, current));
    }
}
