package io.accord.gateway.report;

import io.accord.infra.i18n.Text;
import io.quarkus.qute.TemplateData;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A section of the report as the tables a person reads: on the printable page and, one section at a time, as CSV.
 * Headers and captions are in the reader's language; codes (categories, kinds) stay codes, as the lists show them.
 */
final class ReportTables {

    /** A table: its caption, its column headers and its rows, every cell already text ({@code ""} for no figure). */
    @TemplateData
    record Table(String caption, List<String> headers, List<List<String>> rows) {
    }

    private final Locale locale;

    private ReportTables(Locale locale) {
        this.locale = locale;
    }

    /** The tables of {@code section} in {@code report} (whose section must be available). */
    static List<Table> of(ReportSection section, JsonObject report, Locale locale) {
        ReportTables t = new ReportTables(locale);
        JsonObject s = report.getJsonObject(section.key);
        return switch (section) {
            case SATISFACTION -> List.of(
                    t.figures("summary", s.getJsonObject("summary"), "responses", "staffIssuedResponses", "csat", "nps"),
                    t.rows("trend", s.getJsonObject("trend").getJsonArray("points"), "period", "responses", "csat", "nps"));
            case FEEDBACK -> List.of(t.rows("pareto", s.getJsonObject("pareto").getJsonArray("categories"),
                    "category", "count", "percent", "cumulativePercent"));
            case COMPLAINTS -> List.of(
                    t.figures("summary", s.getJsonObject("metrics"), "total", "resolved", "meanHoursToResolve", "slaCompliancePercent"),
                    t.counts("byCategory", s.getJsonObject("metrics").getJsonObject("byCategory"), "category"),
                    t.counts("bySeverity", s.getJsonObject("metrics").getJsonObject("bySeverity"), "severity"),
                    t.rows("byProduct", s.getJsonObject("byProduct").getJsonArray("values"), "value", "count", "percent", "cumulativePercent"),
                    t.rows("trend", s.getJsonObject("trend").getJsonArray("points"), "period", "received", "resolved",
                            "slaBreached", "meanHoursToResolve"));
            case CORRECTIVE_ACTIONS -> List.of(t.figures("summary", s.getJsonObject("summary"), "opened", "open", "overdue",
                    "verified", "effective", "effectivenessPercent"));
            case REVIEWS -> List.of(t.figures("summary", s.getJsonObject("kpis"), "decided", "approved", "rejected",
                    "clarificationRequired", "simplified", "onTime", "medianCycleHours", "p90CycleHours", "onTimePercent",
                    "rejectionPercent", "clarificationPercent", "simplifiedPercent"));
            case CUSTOMER_PROPERTY -> List.of(
                    t.figures("summary", s.getJsonObject("incidents"), "incidents", "notified", "notNotified"),
                    t.rows("byKindAndType", s.getJsonObject("incidents").getJsonArray("rows"), "kind", "type", "incidents", "notified"));
        };
    }

    /** One row per named figure: its label and its value. */
    private Table figures(String caption, JsonObject source, String... fields) {
        List<List<String>> rows = new ArrayList<>();
        for (String field : fields) {
            rows.add(List.of(label(field), cell(source.getValue(field))));
        }
        return new Table(caption(caption), List.of(label("figure"), label("value")), rows);
    }

    /** One row per item of a list, one column per field. */
    private Table rows(String caption, JsonArray items, String... fields) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            List<String> row = new ArrayList<>();
            for (String field : fields) {
                row.add(cell(item.getValue(field)));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        for (String field : fields) {
            headers.add(label(field));
        }
        return new Table(caption(caption), headers, rows);
    }

    /** One row per entry of a count map (a category and its count). */
    private Table counts(String caption, JsonObject counts, String keyField) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Object> entry : counts == null ? List.<Map.Entry<String, Object>>of() : counts) {
            rows.add(List.of(entry.getKey(), cell(entry.getValue())));
        }
        return new Table(caption(caption), List.of(label(keyField), label("count")), rows);
    }

    private String label(String field) {
        return Text.of("gateway.report.field." + field).in(locale);
    }

    private String caption(String table) {
        return Text.of("gateway.report.table." + table).in(locale);
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }
}
