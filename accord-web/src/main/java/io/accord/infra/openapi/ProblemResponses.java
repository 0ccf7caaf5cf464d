package io.accord.infra.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of every Accord app documents its error answers as front-end generators need them: each status it
 * can give (API.md's conventions) as a response referencing one {@code Problem} schema (RFC 9457 with {@code violations}
 * and {@code currentState}). Written once here instead of annotations on every resource method. The schemas and
 * responses this filter adds, and the infrastructure's own types, carry {@code x-accord-shared}: they are the same in
 * every service, so the gateway's merged document keeps one copy under their plain names.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String SHARED = "x-accord-shared";
    static final String MEDIA_TYPE = "application/problem+json";
    /**
     * Types of the infrastructure (accord-persistence's audit records and attachments), of the JDK and Jackson's {@code JsonNode}
     * ({@code JsonValue}, any JSON value, named in accord-web's configuration) that appear in service documents;
     * identical wherever they appear.
     */
    static final Set<String> INFRASTRUCTURE_SCHEMAS = Set.of("AuditRecord", "ChainVerification", "OffsetDateTime",
            "LocalDate", "LocalDateTime", "Instant", "UUID", "BigDecimal", "URI", "Duration", "JsonValue", "Attachment");

    /** accord-persistence's JAX-RS sub-resources (audit history, attachments), served under many paths of many services. */
    private static final List<String> SHARED_SUB_RESOURCES = List.of("AuditHistory_", "AttachmentsResource_");
    /** Reusable responses by status, named for generators. */
    private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new String[] {"BadRequest", "Invalid body or parameter: `violations` names each field"});
        RESPONSES.put("401", new String[] {"Unauthorized", "No or bad credentials; on a signing action, a sign-in too old to sign "
                + "(`reauthenticate: true`): sign in again"});
        RESPONSES.put("403", new String[] {"Forbidden", "The caller's roles do not allow this"});
        RESPONSES.put("404", new String[] {"NotFound", "No such resource"});
        RESPONSES.put("409", new String[] {"Conflict", "Not allowed from the current state (`currentState`), or conflicting data"});
        RESPONSES.put("412", new String[] {"PreconditionFailed", "`If-Match` does not match the current `ETag`: read again"});
        RESPONSES.put("413", new String[] {"PayloadTooLarge", "The request body is over the limit"});
        RESPONSES.put("415", new String[] {"UnsupportedMediaType", "The body's content type is not accepted"});
        RESPONSES.put("429", new String[] {"TooManyRequests", "Rate limit reached: retry after `Retry-After` seconds"});
        RESPONSES.put("503", new String[] {"ServiceUnavailable", "A dependency is down: retry after `Retry-After` seconds"});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("Violation", violation());
        components.addSchema("Problem", problem());
        for (Map.Entry<String, String[]> response : RESPONSES.entrySet()) {
            components.addResponse(response.getValue()[0], OASFactory.createAPIResponse().description(response.getValue()[1])
                    .content(OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))))
                    .addExtension(SHARED, true));
        }
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                if (INFRASTRUCTURE_SCHEMAS.contains(name)) {
                    schema.addExtension(SHARED, true);
                }
            });
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> addErrors(path, method, operation)));
        uniqueOperationIds(openAPI);
    }

    /**
     * A sub-resource served under several paths (the audit history, in every service) would give every path the same
     * operationId; such ids are replaced by one made of the method and the path's literal segments
     * ({@code getComplaintsHistory}), unique in the merged document too.
     */
    private static void uniqueOperationIds(OpenAPI openAPI) {
        Map<String, Integer> uses = new HashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getOperationId() != null) {
                uses.merge(operation.getOperationId(), 1, Integer::sum);
            }
        }));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() != null && (uses.get(operation.getOperationId()) > 1
                    || SHARED_SUB_RESOURCES.stream().anyMatch(operation.getOperationId()::startsWith))) {
                operation.setOperationId(method.name().toLowerCase(Locale.ROOT) + literalSegments(path));
            }
        }));
    }

    static String literalSegments(String path) {
        StringBuilder id = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{") || segment.equals("api") || segment.matches("v\\d+")) {
                continue;
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        // one item of a shared sub-resource's collection (an attachment) is told apart from the collection itself
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.startsWith("{") && last.length() > 2) {
            id.append("By").append(Character.toUpperCase(last.charAt(1))).append(last, 2, last.length() - 1);
        }
        return id.toString();
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean addressed = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        add(responses, "400", body || parameters || addressed);
        add(responses, "401", secured);
        add(responses, "403", secured);
        add(responses, "404", addressed);
        add(responses, "409", changes && addressed);
        add(responses, "412", ifMatch);
        add(responses, "413", body);
        add(responses, "415", body);
        add(responses, "429", true);
        add(responses, "503", true);
    }

    /** Points the status at the shared response, replacing a description-only placeholder. */
    private static void add(APIResponses responses, String status, boolean applies) {
        if (!applies) {
            return;
        }
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || existing.getContent() == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + RESPONSES.get(status)[0]));
        }
    }

    private static Schema violation() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field and why")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The field's path in the body, or the parameter's name"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .required(List.of("field", "message"))
                .addExtension(SHARED, true);
    }

    private static Schema problem() {
        Schema string = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, in the caller's language (Accept-Language)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("about:blank")))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Quote it to support: it is in every log line of the request"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addProperty("currentState", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("With 409: the state the resource is in"))
                .required(List.of("type", "title", "status"))
                .addExtension(SHARED, true);
    }
}
