package io.accord.feedback;

/** What the feedback is about; the Pareto analysis counts by these. */
public enum FeedbackCategory { QUALITY, DELIVERY, SERVICE, PRICE, OTHER }
