package io.accord.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accord.infra.i18n.Text;

import java.time.OffsetDateTime;

/** A risk of high-stakes work (GJB 9001B): score = likelihood × impact; 15 or more needs a mitigation. */
public record Risk(int seq, Category category, int likelihood, int impact, int score, String mitigation, String by,
        OffsetDateTime at) {

    public static final int HIGH_SCORE = 15;

    public enum Category {
        TECHNICAL, DELIVERY, CAPACITY, FINANCIAL, LEGAL, SAFETY
    }

    @JsonIgnore
    public boolean isHighWithoutMitigation() {
        return score >= HIGH_SCORE && (mitigation == null || mitigation.isBlank());
    }

    /** The same assessment with its mitigation decided (later than the assessment, often by another person). */
    public Risk mitigatedBy(String measure) {
        return new Risk(seq, category, likelihood, impact, score, measure, by, at);
    }

    /** How a refusal names it: {@code risk 2 (DELIVERY, 5 × 4 = 20)}. */
    /** In English. */
    public String label() {
        return labelText().english();
    }

    public Text labelText() {
        return Text.of("review.risk.label", seq, category, likelihood, impact, score);
    }
}
