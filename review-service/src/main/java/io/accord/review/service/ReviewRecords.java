package io.accord.review.service;

import io.accord.review.Review;
import io.accord.review.record.RecordForms;
import io.accord.review.record.ReviewRecordV2;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a decided review's record (产品要求评审表 / 订单确认表), frozen at the decision, on every read. */
@ApplicationScoped
public class ReviewRecords {

    /**
     * The complete record as it reads now, whether it still hashes to what was frozen (null while undecided) and the
     * form the hash was taken over (null while undecided; a record frozen before forms had numbers reads 0).
     */
    public record Checked(ReviewRecordV2 content, Boolean intact, Integer formVersion) {
    }

    public Checked check(Review review) {
        if (review.recordHash == null) {
            return new Checked(RecordForms.of(review), null, null);
        }
        boolean intact = RecordForms.matches(review, review.recordHash, review.recordVersion);
        return new Checked(RecordForms.of(review), intact, review.recordVersion == null ? 0 : review.recordVersion);
    }
}
