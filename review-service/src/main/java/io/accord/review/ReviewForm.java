package io.accord.review;

/**
 * How a review is held, and how an opinion was given: by countersignature (会签, each department signs on its own, the
 * default) or at a review meeting (评审会, the departments' representatives together, the minutes recorded).
 */
public enum ReviewForm {
    COUNTERSIGNATURE, MEETING
}
