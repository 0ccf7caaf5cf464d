package io.accord.review.rest;

import io.accord.review.Consolidation;
import io.accord.review.DecisionRecord;
import io.accord.review.Department;
import io.accord.review.Opinion;
import io.accord.review.OrderConfirmation;
import io.accord.review.RequirementSummary;
import io.accord.review.ReviewStatus;
import io.accord.review.ReviewType;
import io.accord.review.Risk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The review record as one document. {@code content} is what was reviewed and decided; once decided it is
 * frozen: {@code contentHash} was taken at the decision (and is in the history chain), {@code intact} says whether
 * the content still hashes to it.
 */
public record ReviewRecord(Content content, ReviewStatus status, boolean frozen, String contentHash, Boolean intact) {

    public record Content(String form, UUID reviewId, UUID requirementId, int requirementRevision, ReviewType type,
            int policyVersion, RequirementSummary requirement, List<String> routingReasons,
            Set<Department> requiredDepartments, List<Opinion> opinions, List<Risk> risks, Consolidation consolidation,
            OrderConfirmation orderConfirmation, DecisionRecord decision, OffsetDateTime openedAt) {
    }
}
