package io.accord.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergeTest {

    private static final JsonObject PROBLEM = new JsonObject().put("type", "object").put("x-accord-shared", true)
            .put("properties", new JsonObject().put("title", new JsonObject().put("type", "string")));

    private static JsonObject operation(String schema, boolean secured) {
        JsonObject op = new JsonObject().put("responses", new JsonObject().put("200", new JsonObject()
                .put("content", new JsonObject().put("application/json", new JsonObject()
                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/" + schema))))));
        if (secured) {
            op.put("security", new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())));
        }
        return op;
    }

    private static JsonObject document(String path, JsonObject operation, Map<String, JsonObject> schemas) {
        return new JsonObject().put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", operation))
                        .put("/q/health", new JsonObject().put("get", new JsonObject())))
                .put("components", new JsonObject().put("schemas", new JsonObject(new LinkedHashMap<>(schemas)))
                        .put("securitySchemes", new JsonObject().put("SecurityScheme", new JsonObject().put("type", "http"))));
    }

    @Test
    void pathsOfAllSourcesArrivePublicOnlyAndMarkedWithTheirService() {
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("requirements", document("/api/v1/orders", operation("Order", true), Map.of("Order", new JsonObject().put("type", "object"))));
        docs.put("reviews", document("/api/v1/reviews", operation("Review", true), Map.of("Review", new JsonObject().put("type", "object"))));
        JsonObject merged = OpenApiMerge.merge(docs, List.of("complaints"), "1.0");

        JsonObject paths = merged.getJsonObject("paths");
        assertEquals(List.of("/api/v1/orders", "/api/v1/reviews"), List.copyOf(paths.fieldNames()));
        assertEquals("requirements", paths.getJsonObject("/api/v1/orders").getJsonObject("get").getString("x-accord-service"));
        assertEquals(new JsonArray().add("complaints"), merged.getJsonArray("x-accord-unavailable"));
    }

    @Test
    void aListsCsvAnswerAndItsFormatParameterStayInTheMergedDocument() {
        JsonObject list = operation("Page", true);
        list.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .put("text/csv", new JsonObject().put("schema", new JsonObject().put("type", "string")));
        list.put("parameters", new JsonArray().add(new JsonObject().put("name", "format").put("in", "query")));
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("requirements", document("/api/v1/requirements", list, Map.of("Page", new JsonObject().put("type", "object"))));

        JsonObject get = OpenApiMerge.merge(docs, List.of(), "1.0").getJsonObject("paths").getJsonObject("/api/v1/requirements")
                .getJsonObject("get");

        JsonObject content = get.getJsonObject("responses").getJsonObject("200").getJsonObject("content");
        assertEquals(List.of("application/json", "text/csv"), List.copyOf(content.fieldNames()));
        assertEquals("string", content.getJsonObject("text/csv").getJsonObject("schema").getString("type"));
        assertEquals("#/components/schemas/Requirements_Page", content.getJsonObject("application/json").getJsonObject("schema")
                .getString("$ref"));
        assertEquals("format", get.getJsonArray("parameters").getJsonObject(0).getString("name"));
    }

    @Test
    void securityIsTheGatewaysBearerEverywhereAndTheApiKeyOnTheOrderApiOnly() {
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("requirements", document("/api/v1/orders/{erpOrderNo}", operation("Order", true), Map.of("Order", new JsonObject())));
        docs.put("feedback", document("/api/v1/survey-responses", operation("Answer", false), Map.of("Answer", new JsonObject())));
        docs.put("reviews", document("/api/v1/reviews", operation("Review", true), Map.of("Review", new JsonObject())));
        JsonObject merged = OpenApiMerge.merge(docs, List.of(), "1.0");

        JsonObject schemes = merged.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals(List.of("bearer", "apiKey"), List.copyOf(schemes.fieldNames()));
        assertEquals("X-API-Key", schemes.getJsonObject("apiKey").getString("name"));
        JsonObject paths = merged.getJsonObject("paths");
        assertEquals(new JsonArray().add(new JsonObject().put("apiKey", new JsonArray())).add(new JsonObject().put("bearer", new JsonArray())),
                paths.getJsonObject("/api/v1/orders/{erpOrderNo}").getJsonObject("get").getJsonArray("security"));
        assertEquals(new JsonArray().add(new JsonObject().put("bearer", new JsonArray())),
                paths.getJsonObject("/api/v1/reviews").getJsonObject("get").getJsonArray("security"));
        // an operation without login (survey responses by token) stays without
        assertFalse(paths.getJsonObject("/api/v1/survey-responses").getJsonObject("get").containsKey("security"));
    }

    @Test
    void sharedComponentsKeepTheirNameAndEveryOtherIsQualifiedByItsServiceWhoeverIsUp() {
        JsonObject requirementsStatus = new JsonObject().put("enum", new JsonArray().add("CAPTURED"));
        JsonObject reviewStatus = new JsonObject().put("enum", new JsonArray().add("OPEN"));
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("requirements", document("/api/v1/requirements", operation("Status", true),
                Map.of("Status", requirementsStatus, "Problem", PROBLEM)));
        docs.put("review-service", document("/api/v1/reviews", operation("Status", true),
                Map.of("Status", reviewStatus, "Problem", PROBLEM.copy())));
        JsonObject merged = OpenApiMerge.merge(docs, List.of(), "1.0");

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals(requirementsStatus, schemas.getJsonObject("Requirements_Status"));
        assertEquals(reviewStatus, schemas.getJsonObject("ReviewService_Status"));
        assertTrue(schemas.containsKey("Problem"));
        assertFalse(schemas.containsKey("ReviewService_Problem"), "a shared component is not duplicated");
        assertEquals("#/components/schemas/ReviewService_Status", ref(merged, "/api/v1/reviews"));
        assertEquals("#/components/schemas/Requirements_Status", ref(merged, "/api/v1/requirements"));

        // with the requirements-service down, the review-service's names are the same as before
        JsonObject partial = OpenApiMerge.merge(new LinkedHashMap<>(Map.of("review-service", docs.get("review-service"))),
                List.of("requirements"), "1.0");
        assertEquals("#/components/schemas/ReviewService_Status", ref(partial, "/api/v1/reviews"));
        assertTrue(partial.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }

    private static String ref(JsonObject merged, String path) {
        return merged.getJsonObject("paths").getJsonObject(path).getJsonObject("get").getJsonObject("responses")
                .getJsonObject("200").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema")
                .getString("$ref");
    }
}
