package io.accord.infra.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV: UTF-8 starting with a byte order mark (without it Excel reads the file in the system's code page
 * and garbles Chinese), CRLF after every row, a cell quoted when it holds a comma, a quote, CR or LF, its quotes
 * doubled. A cell that a spreadsheet would take for a formula (starting with {@code = + - @}, tab or CR: OWASP's CSV
 * injection) gets a leading apostrophe, so it shows as the text it is; a plain number ({@code -12.50}) cannot be a
 * formula and stays a number.
 */
public final class CsvWriter {

    static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Writer out;

    public CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
    }

    public CsvWriter bom() throws IOException {
        out.write(BOM);
        return this;
    }

    public CsvWriter row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
        return this;
    }

    /** Hands what is written so far on (a batch's rows leave before the next batch is read). */
    public void flush() throws IOException {
        out.flush();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches() ? "'" + value : value;
        boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\n') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
