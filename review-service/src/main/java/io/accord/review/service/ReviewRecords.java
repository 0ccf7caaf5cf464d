package io.accord.review.service;

import io.accord.review.Review;
import io.accord.review.ReviewRecordContent;
import jakarta.enterprise.context.ApplicationScoped;

/** Freezes a decided review's record (产品要求评审表 / 订单确认表) and checks it on every read. */
@ApplicationScoped
public class ReviewRecords {

    /** The record as it reads now, and whether it still hashes to what was frozen (null while undecided). */
    public record Checked(ReviewRecordContent content, Boolean intact) {
    }

    /** At the decision: the hash goes into the history chain, the version names the form it was taken over. */
    public void freeze(Review review) {
        review.recordHash = ReviewRecordContent.of(review).sha256();
        review.recordVersion = ReviewRecordContent.VERSION;
    }

    public Checked check(Review review) {
        ReviewRecordContent content = ReviewRecordContent.of(review);
        Boolean intact = review.recordHash == null ? null : content.matches(review.recordHash, review.recordVersion);
        return new Checked(content, intact);
    }
}
