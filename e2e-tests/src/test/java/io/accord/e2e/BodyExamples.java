package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request body examples of an OpenAPI document: every operation that takes a JSON body shows one for each of its JSON
 * media types, and each example validates against that media type's schema, so a generated client or a mock server
 * built from the document starts from a body the API accepts.
 */
final class BodyExamples {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** OpenAPI 3.1's schemas are JSON Schema 2020-12. */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final URI DOCUMENT = URI.create("urn:accord:openapi");

    private BodyExamples() {
    }

    static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** What is wrong with the document's request body examples (nothing: an empty list). */
    static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey()) || !operation.getValue().has("requestBody")) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode content = operation.getValue().path("requestBody").path("content");
                for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
                    Map.Entry<String, JsonNode> type = media.next();
                    if (!isJson(type.getKey())) {
                        // a file (an attachment's raw or multipart body) has no example a schema could check
                        continue;
                    }
                    String schema = "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/requestBody/content/"
                            + escape(type.getKey()) + "/schema";
                    List<JsonNode> examples = new ArrayList<>();
                    type.getValue().path("examples").forEach(example -> examples.add(example.path("value")));
                    if (type.getValue().has("example")) {
                        examples.add(type.getValue().get("example"));
                    }
                    if (examples.isEmpty()) {
                        problems.add(name + " (" + type.getKey() + "): no example of the request body");
                    }
                    for (JsonNode example : examples) {
                        invalid(document, schema, example).forEach(why -> problems.add(name + " (" + type.getKey() + "): " + why));
                    }
                }
            }
        }
        return problems;
    }

    /** Why the example does not fit the schema at that pointer of the document (its references resolved there). */
    private static List<String> invalid(JsonNode document, String pointer, JsonNode example) {
        ObjectNode root = document.deepCopy();
        root.put("$ref", "#" + pointer);
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : SCHEMAS.getSchema(DOCUMENT, root).validate(example)) {
            errors.add("the example is not valid: " + message.getMessage());
        }
        return errors;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
