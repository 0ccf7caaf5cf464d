package io.accord.infra.csv;

import io.accord.infra.i18n.LabelledResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The headers of a {@link CsvExport}, set before its body is written (a writer's own header changes come too late once
 * the answer streams): UTF-8 CSV, a download named {@code <name>-<date>.csv} (the date in UTC) and
 * {@code Vary: Accept-Language}, since the header row and the labels are in the reader's language.
 */
@Provider
public class CsvExportHeaders implements ContainerResponseFilter {

    private final Clock clock;

    public CsvExportHeaders(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof CsvExport<?> export) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, CsvExport.MEDIA_TYPE + ";charset=UTF-8");
            response.getHeaders().putSingle("Content-Disposition", disposition(export.name(), LocalDate.now(clock)));
            LabelledResponses.varyByLanguage(response.getHeaders());
        }
    }

    static String disposition(String name, LocalDate date) {
        return "attachment; filename=\"" + name + "-" + date + ".csv\"";
    }
}
