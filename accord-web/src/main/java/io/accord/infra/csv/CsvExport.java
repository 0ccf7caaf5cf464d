package io.accord.infra.csv;

/**
 * A list answered as {@code text/csv}: what a resource method returns, and {@link CsvExportWriter} writes. The rows are
 * read while the answer is written, a batch at a time; whatever could refuse the request (a bad filter or sort, too
 * many rows) must have been checked before this is returned, while a problem+json can still be answered.
 *
 * @param name the file's name before its date: {@code requirements} gives {@code requirements-2026-03-01.csv}
 */
public record CsvExport<T>(String name, CsvColumns<T> columns, CsvRows<T> rows) {

    public static final String MEDIA_TYPE = "text/csv";
    /**
     * What a list's CSV method produces: text/csv at a lower server quality than its JSON method, so that a request
     * that takes anything ({@code Accept: *}{@code /*}, or none) gets JSON, the default.
     */
    public static final String PRODUCES = "text/csv;qs=0.5";
    /** {@code ?format=csv}: the same as {@code Accept: text/csv}, for a link a person clicks. */
    public static final String FORMAT = "format";
}
