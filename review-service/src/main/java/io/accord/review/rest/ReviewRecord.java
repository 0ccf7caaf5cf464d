package io.accord.review.rest;

import io.accord.review.Review;
import io.accord.review.ReviewRecordContent;
import io.accord.review.ReviewStatus;
import io.accord.review.service.ReviewRecords;

/**
 * The review record as one document. {@code content} is what was reviewed and decided; once decided it is
 * frozen: {@code contentHash} was taken at the decision (and is in the history chain), {@code intact} says whether
 * the content still hashes to it.
 */
public record ReviewRecord(ReviewRecordContent content, ReviewStatus status, boolean frozen, String contentHash,
        Boolean intact) {

    public static ReviewRecord of(Review review, ReviewRecords.Checked checked) {
        return new ReviewRecord(checked.content(), review.status, review.recordHash != null, review.recordHash,
                checked.intact());
    }
}
