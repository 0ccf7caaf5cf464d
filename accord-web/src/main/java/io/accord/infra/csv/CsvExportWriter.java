package io.accord.infra.csv;

import io.accord.infra.i18n.Locales;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Writes a {@link CsvExport} as it reads it: the byte order mark, the header row in the request's language, then each
 * batch's rows, flushed before the next batch is read, so the answer streams (chunked) whatever its size. Its headers
 * are set before ({@link CsvExportHeaders}). Once rows have gone out the status cannot change: a failure part-way (the
 * database lost) is thrown on, and the server can only end the answer early (no test covers what a client then sees).
 */
@Provider
@Produces(CsvExport.MEDIA_TYPE)
public class CsvExportWriter implements MessageBodyWriter<CsvExport<?>> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvExport<?> export, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        write(export, Locales.current(), new CsvWriter(entity));
    }

    static <T> void write(CsvExport<T> export, Locale locale, CsvWriter csv) throws IOException {
        csv.bom().row(export.columns().headers(locale));
        try {
            export.rows().forEachBatch(batch -> {
                try {
                    for (T row : batch) {
                        csv.row(export.columns().cells(row, locale));
                    }
                    csv.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }
}
