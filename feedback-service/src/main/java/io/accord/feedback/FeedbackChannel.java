package io.accord.feedback;

/** How the feedback reached the company (API.md). */
public enum FeedbackChannel { PHONE, EMAIL, VISIT, ONLINE, SURVEY, OTHER }
