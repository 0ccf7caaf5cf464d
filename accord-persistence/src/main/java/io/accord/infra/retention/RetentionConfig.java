package io.accord.infra.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** How often and how much {@link RetentionJob} purges, and how long each {@link PurgeableTable}'s rows are kept. */
@ConfigMapping(prefix = "accord.retention")
public interface RetentionConfig {

    /** Interval between runs ({@code off} disables the job; the scheduler reads it, its default is in the library's defaults). */
    String every();

    /** Rows deleted per statement (one short transaction each). */
    @WithDefault("1000")
    int batchSize();

    /** Batches per table and run: a backlog is worked off over several runs instead of one long one. */
    @WithDefault("200")
    int maxBatchesPerRun();

    /** Per {@link PurgeableTable#name()}: how long its rows are kept. Every declared table needs one. */
    Map<String, Duration> window();

    /** Settings given by hand, for a {@link RetentionJob} outside an application (a test on a plain datasource). */
    static RetentionConfig of(int batchSize, int maxBatchesPerRun, Map<String, Duration> window) {
        return new RetentionConfig() {
            @Override
            public String every() {
                return "off";
            }

            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public int maxBatchesPerRun() {
                return maxBatchesPerRun;
            }

            @Override
            public Map<String, Duration> window() {
                return Map.copyOf(window);
            }
        };
    }
}
