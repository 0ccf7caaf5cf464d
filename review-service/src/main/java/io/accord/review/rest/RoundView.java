package io.accord.review.rest;

import io.accord.review.Clarification;
import io.accord.review.Consolidation;
import io.accord.review.DecisionRecord;
import io.accord.review.ReviewForm;
import io.accord.review.ReviewMeeting;
import io.accord.review.ReviewRound;
import io.accord.review.ReviewStatus;
import io.accord.review.ReviewType;
import io.accord.review.Risk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An earlier round of the requirement's review, as the reviewers of a later one read it. */
public record RoundView(UUID reviewId, int requirementRevision, int round, ReviewType type, ReviewStatus status, ReviewForm form,
        Clarification clarification, List<OpinionView> opinions, List<Risk> risks, Consolidation consolidation,
        DecisionRecord decision, ReviewMeeting meeting, OffsetDateTime openedAt, OffsetDateTime closedAt) {

    static List<RoundView> of(List<ReviewRound> rounds) {
        return rounds.stream().map(r -> new RoundView(r.reviewId(), r.requirementRevision(), r.round(), r.type(), r.status(),
                r.form(), r.clarification(), OpinionView.of(r.opinions(), r.meeting()), r.risks(), r.consolidation(),
                r.decision(), r.meeting(), r.openedAt(), r.closedAt())).toList();
    }
}
