package io.accord.infra.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Documents a list's {@code sort} parameter from the two extensions its resource method names, written once per list:
 * <pre>{@code @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
 *         @Extension(name = SortParameters.FIELDS, value = "openedAt, updatedAt, status"),
 *         @Extension(name = SortParameters.DEFAULT, value = "openedAt,desc")})}</pre>
 * The parameter becomes an array whose items are an enum of every {@code field,asc} and {@code field,desc} (what a
 * generator turns into a type), with a description naming the fields and the default; the extensions are removed. A
 * list without them gets a general description. ({@code PageParams}' field carries no {@code @Parameter}: SmallRye
 * would merge it over the method's and lose the extensions.) The fields must be those of the list's {@code Sorting}:
 * each service's sorting test compares the document with what a bad sort's 400 lists.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SortParameters implements OASFilter {

    public static final String FIELDS = "x-accord-sort-fields";
    public static final String DEFAULT = "x-accord-sort-default";
    private static final String SORT = "sort";
    private static final String GENERAL = "`field,asc` or `field,desc`; repeat `sort` to sort by more fields, applied in order."
            + " The fields this list sorts by are its order's keys; any other is a 400 listing them.";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getParameters() == null) {
            return operation;
        }
        List<Parameter> sorts = operation.getParameters().stream()
                .filter(p -> SORT.equals(p.getName()) && p.getIn() == Parameter.In.QUERY).toList();
        Parameter declared = sorts.stream().filter(p -> p.getExtensions() != null && p.getExtensions().containsKey(FIELDS))
                .findFirst().orElse(null);
        if (declared == null) {
            sorts.stream().filter(p -> p.getDescription() == null).forEach(p -> p.description(GENERAL));
            return operation;
        }
        // one parameter, whether the method's annotation was merged into PageParams' field or came on its own
        List<Parameter> kept = new ArrayList<>(operation.getParameters());
        kept.removeIf(p -> sorts.contains(p) && p != declared);
        operation.setParameters(kept);
        document(declared);
        return operation;
    }

    static void document(Parameter parameter) {
        List<String> fields = Arrays.stream(String.valueOf(parameter.getExtensions().get(FIELDS)).split(","))
                .map(String::trim).filter(f -> !f.isEmpty()).toList();
        Object byDefault = parameter.getExtensions().get(DEFAULT);
        List<Object> values = new ArrayList<>();
        fields.forEach(f -> {
            values.add(f + ",asc");
            values.add(f + ",desc");
        });
        parameter.removeExtension(FIELDS);
        parameter.removeExtension(DEFAULT);
        parameter.description("Sort by `field,asc` or `field,desc` (a field alone is ascending); repeat `sort` to sort by "
                + "more fields, applied in order. Fields: " + fields.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "))
                + "; any other is a 400 listing them." + (byDefault == null ? "" : " Without `sort`: `" + byDefault + "`.")
                + " Ties are broken by the id, so pages never skip or repeat an item; a cursor continues in the sort it was given under.");
        parameter.explode(true);
        parameter.schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).maxItems(fields.size())
                .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(values)));
    }
}
