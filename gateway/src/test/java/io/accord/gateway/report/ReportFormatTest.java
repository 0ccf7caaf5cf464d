package io.accord.gateway.report;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.util.List;

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
    void aSectionOfSeveralTablesIsOneCsvWithCaptionsAndNoFormulas() {
        String csv = ReportCsv.of(List.of(
                new ReportTables.Table("By category", List.of("category", "count"), List.of(List.of("质量", "3"))),
                new ReportTables.Table("By product", List.of("product", "count"), List.of(List.of("=cmd", "-1")))));
        assertEquals("\uFEFFBy category\r\ncategory,count\r\n质量,3\r\n\r\nBy product\r\nproduct,count\r\n'=cmd,-1\r\n", csv);
    }
}
