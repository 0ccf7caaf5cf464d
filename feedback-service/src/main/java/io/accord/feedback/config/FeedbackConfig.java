package io.accord.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules of the feedback-service that operations may tune. */
@ConfigMapping(prefix = "accord.feedback")
public interface FeedbackConfig {

    /** Feedback rated at or below this (1–5) is negative and escalated to a complaint. */
    @WithDefault("2")
    int escalateAtOrBelow();
}
