package io.accord.gateway.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A section as CSV (RFC 4180) for a spreadsheet: UTF-8 with a byte-order mark, so that Excel reads Chinese correctly;
 * each table under its caption, tables apart by an empty line. A text cell a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a number aside) is written with a leading apostrophe. Minimal on purpose: the report
 * has a few dozen rows; a shared streaming writer for the list exports belongs in accord-web.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportCsv() {
    }

    static String of(List<ReportTables.Table> tables) {
        StringBuilder csv = new StringBuilder(BOM);
        for (int i = 0; i < tables.size(); i++) {
            ReportTables.Table table = tables.get(i);
            if (i > 0) {
                csv.append("\r\n");
            }
            if (tables.size() > 1) {
                line(csv, List.of(table.caption()));
            }
            line(csv, table.headers());
            table.rows().forEach(row -> line(csv, row));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
