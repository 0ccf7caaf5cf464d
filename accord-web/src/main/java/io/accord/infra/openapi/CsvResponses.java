package io.accord.infra.openapi;

import io.accord.infra.csv.CsvExport;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;

/**
 * Documents a list's {@code text/csv} answer on its JSON operation, marked once on the resource method with
 * {@code @Extension(name = CsvResponses.CSV, value = "true")}: the 200 response gains a {@code text/csv} content and the
 * operation a {@code format} parameter. (The CSV method itself is hidden: SmallRye would document it as a second
 * operation of the same path and method.)
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CsvResponses implements OASFilter {

    public static final String CSV = "x-accord-csv";
    static final String DESCRIPTION = "With `Accept: text/csv` (preferred over JSON) or `?format=csv`: every match, not a page "
            + "(page, size and cursor are ignored; the same filters and sort), streamed as RFC 4180 CSV in UTF-8 with a byte "
            + "order mark, the header row and enum labels in the `Accept-Language`, times ISO-8601 UTC, money as a decimal "
            + "and a currency column, as a download (`Content-Disposition: attachment; filename=\"<list>-<date>.csv\"`). "
            + "More matches than the configured maximum (`ACCORD_CSV_MAX_ROWS`) are refused with 422 before anything is written.";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(CSV)) {
            return operation;
        }
        operation.removeExtension(CSV);
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            if (ok.getContent() == null) {
                ok.content(OASFactory.createContent());
            }
            ok.getContent().addMediaType(CsvExport.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(DESCRIPTION)));
        }
        operation.addParameter(OASFactory.createParameter().name(CsvExport.FORMAT).in(Parameter.In.QUERY)
                .description("`csv`: the list as text/csv, as `Accept: text/csv` asks")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("csv"))));
        return operation;
    }
}
