package io.accord.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An earlier round of a requirement's review, as it stood when the next one opened: a round the general manager sent
 * back for clarification, or the review of an earlier revision an amendment superseded. Neither changes any more, so
 * the next round keeps this copy and shows it to its reviewers.
 */
public record ReviewRound(UUID reviewId, int requirementRevision, int round, ReviewType type, ReviewStatus status,
        Clarification clarification, List<Opinion> opinions, List<Risk> risks, Consolidation consolidation,
        DecisionRecord decision, ReviewMeeting meeting, OffsetDateTime openedAt, OffsetDateTime closedAt) {

    static ReviewRound of(Review r) {
        return new ReviewRound(r.id, r.requirementRevision, r.round, r.type, r.status, r.clarification, List.copyOf(r.opinions),
                List.copyOf(r.risks), r.consolidation, r.decision, r.meeting, r.openedAt, r.updatedAt);
    }

    /** Held as a meeting or by countersignature. */
    public ReviewForm form() {
        return meeting == null ? ReviewForm.COUNTERSIGNATURE : ReviewForm.MEETING;
    }
}
