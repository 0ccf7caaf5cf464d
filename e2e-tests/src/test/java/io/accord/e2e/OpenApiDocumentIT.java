package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merged OpenAPI document is fit for generators and is the one in the repository: it validates as OpenAPI, every
 * operation has a unique operationId, a summary and its error answers as the shared Problem, and it equals the
 * committed {@code docs/openapi.yaml}, so an API change shows up in review as a change to that file. After an intended
 * change, write the file anew with {@code mvn verify -pl e2e-tests -am -Daccord.openapi.write=true}.
 */
class OpenApiDocumentIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theMergedDocumentIsValidFitForGeneratorsAndCommitted() throws IOException {
        String served = given().baseUri(AccordSuite.gateway()).get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of(System.getProperty("accord.root", "..")).resolve("docs/openapi.yaml");
        if (Boolean.getBoolean("accord.openapi.write")) {
            Files.writeString(committed, served);
        }

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, options);
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages(), "the document validates");

        JsonNode document = YAML.readTree(served);
        List<String> unfit = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("operationId").asText().isEmpty() || !operationIds.add(op.path("operationId").asText())) {
                    unfit.add(name + ": no unique operationId");
                }
                if (op.path("summary").asText().isEmpty()) {
                    unfit.add(name + ": no summary");
                }
                if (!op.path("responses").has("503")) {
                    unfit.add(name + ": no 503 answer");
                }
                op.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().matches("[45]\\d\\d") && !response.getValue().path("$ref").asText().startsWith("#/components/responses/")
                            && !response.getValue().toString().contains("#/components/schemas/Problem")) {
                        unfit.add(name + ": answer " + response.getKey() + " is not a Problem");
                    }
                });
            }
        }
        assertEquals(List.of(), unfit, "every operation is fit for a generator");
        assertTrue(document.path("components").path("schemas").has("Problem"));

        // ./accord up and this suite run the local profile: Swagger UI shows the merged document there
        given().baseUri(AccordSuite.gateway()).get("/q/swagger-ui/").then().statusCode(200);

        assertTrue(Files.exists(committed), "docs/openapi.yaml is committed");
        assertEquals(YAML.readTree(Files.readString(committed)), document,
                "the running gateway's document differs from docs/openapi.yaml: review the change, then write it with "
                        + "-Daccord.openapi.write=true");
    }
}
