package io.accord.complaint.config;

import io.accord.complaint.ComplaintSeverity;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The complaint SLA as configured (PROCESS.md §3): a day to acknowledge; 3 / 7 / 15 days to resolve by severity. */
class ComplaintConfigTest {

    /** The mapping as Quarkus builds it, durations written the Quarkus way ({@code 24h}, {@code 3d}). */
    static ComplaintConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ComplaintConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(ComplaintConfig.class);
    }

    @Test
    void withoutSettingsTheProcedureDeadlinesHold() {
        ComplaintConfig sla = config(Map.of());

        assertEquals(Duration.ofHours(24), sla.acknowledgeWithin());
        assertEquals(Duration.ofDays(3), sla.resolveWithin(ComplaintSeverity.CRITICAL));
        assertEquals(Duration.ofDays(7), sla.resolveWithin(ComplaintSeverity.MAJOR));
        assertEquals(Duration.ofDays(15), sla.resolveWithin(ComplaintSeverity.MINOR));
    }

    @Test
    void eachSeveritysDeadlineIsTunedOnItsOwn() {
        ComplaintConfig sla = config(Map.of("accord.complaint.resolve-within.major", "5d",
                "accord.complaint.acknowledge-within", "8h"));

        assertEquals(Duration.ofHours(8), sla.acknowledgeWithin());
        assertEquals(Duration.ofDays(3), sla.resolveWithin(ComplaintSeverity.CRITICAL));
        assertEquals(Duration.ofDays(5), sla.resolveWithin(ComplaintSeverity.MAJOR));
        assertEquals(Duration.ofDays(15), sla.resolveWithin(ComplaintSeverity.MINOR));
    }
}
