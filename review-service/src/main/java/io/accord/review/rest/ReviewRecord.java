package io.accord.review.rest;

import io.accord.review.Review;
import io.accord.review.ReviewStatus;
import io.accord.review.record.ReviewRecordV2;
import io.accord.review.service.ReviewRecords;

/**
 * The review record as one document. {@code content} is the complete record (form version 2) as the review holds it;
 * once decided it is frozen: {@code contentHash} was taken at the decision over the record's JSON form number
 * {@code formVersion} (and is in the history chain), {@code intact} says whether the record still hashes to it.
 * Records decided before issue 13 were frozen in form 1 (or 0, before forms had numbers) and are verified in it; their
 * content shows what the review kept of the requirement then, without the requirement texts the events did not carry.
 */
public record ReviewRecord(ReviewRecordV2 content, ReviewStatus status, boolean frozen, String contentHash,
        Integer formVersion, Boolean intact) {

    public static ReviewRecord of(Review review, ReviewRecords.Checked checked) {
        return new ReviewRecord(checked.content(), review.status, review.recordHash != null, review.recordHash,
                checked.formVersion(), checked.intact());
    }
}
