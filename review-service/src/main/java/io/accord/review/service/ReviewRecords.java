package io.accord.review.service;

import io.accord.review.Review;
import io.accord.review.ReviewRecordContent;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a decided review's record (产品要求评审表 / 订单确认表), frozen at the decision, on every read. */
@ApplicationScoped
public class ReviewRecords {

    /** The record as it reads now, and whether it still hashes to what was frozen (null while undecided). */
    public record Checked(ReviewRecordContent content, Boolean intact) {
    }

    public Checked check(Review review) {
        ReviewRecordContent content = ReviewRecordContent.of(review);
        Boolean intact = review.recordHash == null ? null : content.matches(review.recordHash, review.recordVersion);
        return new Checked(content, intact);
    }
}
