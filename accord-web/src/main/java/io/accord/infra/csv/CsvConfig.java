package io.accord.infra.csv;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How CSV exports read and how large one may be ({@code ACCORD_CSV_BATCH_SIZE}, {@code ACCORD_CSV_MAX_ROWS}). */
@ConfigMapping(prefix = "accord.csv")
public interface CsvConfig {

    /** Rows read per query (each batch in a short transaction of its own, then written and let go). */
    @WithDefault("500")
    int batchSize();

    /**
     * The most rows one export may hold: more matches are refused (422) before anything is written, rather than cut
     * off silently. Excel's sheet holds 1,048,576 rows, the header one of them.
     */
    @WithDefault("1048575")
    long maxRows();
}
