package io.accord.feedback;

/** How a survey question is answered; the satisfaction figures read the two scored kinds. */
public enum QuestionType {
    /** 1–5; 4 and 5 count as satisfied (CSAT). */
    RATING_1_5,
    /** 0–10; 9–10 promoters, 0–6 detractors (NPS). */
    NPS_0_10,
    TEXT,
    /** One of the question's {@code choices}. */
    CHOICE
}
