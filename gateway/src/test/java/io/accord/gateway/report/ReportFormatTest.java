package io.accord.gateway.report;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the report is asked for, and how a cell is written for a spreadsheet. */
class ReportFormatTest {

    @Test
    void theParameterWinsThenTheFirstAcceptedTypeThenJson() {
        assertEquals(ReportFormat.CSV, ReportFormat.of("csv", "application/pdf"));
        assertEquals(ReportFormat.HTML, ReportFormat.of(null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(ReportFormat.PDF, ReportFormat.of(null, "application/pdf"));
        assertEquals(ReportFormat.JSON, ReportFormat.of(null, "*/*"));
        assertEquals(ReportFormat.JSON, ReportFormat.of(null, null));
        assertEquals("format", assertThrows(InvalidFieldException.class, () -> ReportFormat.of("xlsx", null)).field());
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("PH-200", ReportCsv.cell("PH-200"));
        assertEquals("-10.0", ReportCsv.cell("-10.0"));
        assertEquals("'-cmd", ReportCsv.cell("-cmd"));
        assertEquals("'@SUM(A1)", ReportCsv.cell("@SUM(A1)"));
        assertEquals("\"a, \"\"b\"\"\"", ReportCsv.cell("a, \"b\""));
        assertEquals("\"line\nbreak\"", ReportCsv.cell("line\nbreak"));
    }
}
