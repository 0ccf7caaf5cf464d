package io.accord.review.rest;

import io.accord.review.Clarification;
import io.accord.review.Consolidation;
import io.accord.review.Department;
import io.accord.review.DecisionRecord;
import io.accord.review.OrderConfirmation;
import io.accord.review.ReviewForm;
import io.accord.review.ReviewMeeting;
import io.accord.review.ReviewTask;
import io.accord.review.Risk;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewStatus;
import io.accord.review.ReviewType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public record ReviewView(UUID id, UUID requirementId, int requirementRevision, ReviewType type, ReviewStatus status,
        Set<Department> requiredDepartments, Set<Department> missingOpinions, List<String> routingReasons,
        RequirementSummary requirement, List<OpinionView> opinions, List<Risk> risks, List<ReviewTask> tasks, boolean overdue,
        Consolidation consolidation, OrderConfirmation orderConfirmation, DecisionRecord decision, int policyVersion,
        UUID supersededBy, OffsetDateTime openedAt, OffsetDateTime updatedAt, long version, int round,
        Clarification clarification, List<RoundView> earlierRounds, UUID nextRound, ReviewForm form, ReviewMeeting meeting) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id, r.requirementId, r.requirementRevision, r.type, r.status, r.requiredDepartments,
                r.missingOpinions(), r.routingReasons, r.requirement, OpinionView.of(r.opinions, r.meeting), r.risks, r.tasks,
                r.overdue, r.consolidation, r.orderConfirmation, r.decision, r.policyVersion, r.supersededBy, r.openedAt, r.updatedAt, r.version, r.round,
                r.clarification, RoundView.of(r.earlierRounds), r.nextRound, r.form(), r.meeting);
    }
}
