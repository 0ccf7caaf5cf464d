package io.accord.complaint.config;

import io.accord.complaint.ComplaintSeverity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The SLA: acknowledgement within a day, resolution within 3 / 7 / 15 days by severity (PROCESS.md), tunable. */
@ConfigMapping(prefix = "accord.complaint")
public interface ComplaintConfig {

    @WithDefault("24h")
    Duration acknowledgeWithin();

    ResolveWithin resolveWithin();

    /** How often the SLA watch looks for missed deadlines. */
    @WithDefault("1m")
    Duration slaCheckEvery();

    interface ResolveWithin {
        @WithDefault("3d")
        Duration critical();

        @WithDefault("7d")
        Duration major();

        @WithDefault("15d")
        Duration minor();
    }

    default Duration resolveWithin(ComplaintSeverity severity) {
        return switch (severity) {
            case CRITICAL -> resolveWithin().critical();
            case MAJOR -> resolveWithin().major();
            case MINOR -> resolveWithin().minor();
        };
    }
}
