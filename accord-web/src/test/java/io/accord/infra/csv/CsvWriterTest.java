package io.accord.infra.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    private static String written(List<String>... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes).bom();
        for (List<String> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheUtf8ByteOrderMarkAndEndsEveryRowWithCrLf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes).bom();
        csv.row(List.of("泵", "b"));
        csv.flush();
        byte[] out = bytes.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(out, 3));
        assertEquals("\uFEFF泵,b\r\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaksAndDoublesTheirQuotes() throws IOException {
        assertEquals("\uFEFFplain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"x\ny\",,\r\n",
                written(Arrays.asList("plain", "a,b", "say \"hi\"", "two\r\nlines", "x\ny", "", null)));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe() {
        assertEquals("'=1+2", CsvWriter.cell("=1+2"));
        assertEquals("'+SUM(A1)", CsvWriter.cell("+SUM(A1)"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvWriter.cell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(1)", CsvWriter.cell("@SUM(1)"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.cell("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://evil\")"));
        // text that merely contains them, and plain numbers, stay as they are
        assertEquals("a=b", CsvWriter.cell("a=b"));
        assertEquals("-12.50", CsvWriter.cell("-12.50"));
        assertEquals("-3", CsvWriter.cell("-3"));
    }
}
