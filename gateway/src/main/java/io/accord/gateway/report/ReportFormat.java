package io.accord.gateway.report;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.util.Locale;

/**
 * What the report is written as: {@code ?format=} (json, html, pdf, csv) when given, else the first of
 * {@code Accept}'s types that the report can be written as, else JSON (a browser's usual Accept, text/html first,
 * gets the page).
 */
enum ReportFormat {
    JSON("application/json"), HTML("text/html"), PDF("application/pdf"), CSV("text/csv");

    final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static ReportFormat of(String format, String accept) {
        if (format != null) {
            for (ReportFormat f : values()) {
                if (f.name().equalsIgnoreCase(format)) {
                    return f;
                }
            }
            throw new InvalidFieldException("format", Text.of("gateway.report.format"));
        }
        if (accept == null) {
            return JSON;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
            for (ReportFormat f : values()) {
                if (f.mediaType.equals(type)) {
                    return f;
                }
            }
        }
        return JSON;
    }
}
