package io.accord.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules of the feedback-service that operations may tune. */
@ConfigMapping(prefix = "accord.feedback")
public interface FeedbackConfig {

    /** Feedback rated at or below this (1–5) is negative and escalated to a complaint. */
    @WithDefault("2")
    int escalateAtOrBelow();

    /**
     * The page where a customer answers a survey ({@code ACCORD_SURVEY_LINK}): an invitation mail links to it with the
     * one-time token in the fragment ({@code …#token=svy_…}), which browsers never send, so no access log records it.
     */
    @WithDefault("http://localhost:8080/survey")
    String surveyLink();
}
