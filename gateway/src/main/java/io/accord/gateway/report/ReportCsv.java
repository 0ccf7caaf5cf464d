package io.accord.gateway.report;

import io.accord.infra.csv.CsvWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A section as CSV for a spreadsheet, written by accord-web's {@link CsvWriter} (UTF-8 with a byte order mark, RFC 4180,
 * the formula guard), as the list exports are: each table under its caption, tables apart by an empty line. A section
 * has a few dozen rows, so it is written whole rather than streamed.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private ReportCsv() {
    }

    static String of(List<ReportTables.Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvWriter csv = new CsvWriter(bytes).bom();
            for (int i = 0; i < tables.size(); i++) {
                ReportTables.Table table = tables.get(i);
                if (i > 0) {
                    csv.row(List.of());
                }
                if (tables.size() > 1) {
                    csv.row(List.of(table.caption()));
                }
                csv.row(table.headers());
                for (List<String> row : table.rows()) {
                    csv.row(row);
                }
            }
            csv.flush();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
