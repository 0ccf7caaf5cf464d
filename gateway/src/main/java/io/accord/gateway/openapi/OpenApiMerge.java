package io.accord.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the gateway's and the services' OpenAPI documents into one document of the public API: only public paths
 * ({@code /api/**}, {@code /auth/**}), each operation marked with the service that owns it, components qualified by
 * their service ({@code Service_Name}, references rewritten) unless shared by all, and the
 * gateway's security schemes — a bearer JWT everywhere, an API key on the order API — instead of each service's.
 */
public final class OpenApiMerge {

    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";
    /** Marks a component that is the same in every service (set by accord-web's ProblemResponses). */
    static final String SHARED = "x-accord-shared";
    private static final List<String> PUBLIC_PREFIXES = List.of("/api/", "/auth/");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerge() {
    }

    /**
     * @param documents by source name, the gateway's first; their order decides who keeps an unprefixed component name
     * @param unavailable sources whose document could not be read (listed in the result, so readers know it is partial)
     */
    public static JsonObject merge(Map<String, JsonObject> documents, List<String> unavailable, String version) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        String openapi = "3.1.0";
        for (Map.Entry<String, JsonObject> source : documents.entrySet()) {
            JsonObject document = source.getValue().copy();
            openapi = document.getString("openapi", openapi);
            Map<String, String> renames = mergeComponents(source.getKey(), document.getJsonObject("components", new JsonObject()), components);
            rewriteRefs(document, renames);
            JsonObject own = document.getJsonObject("paths", new JsonObject());
            for (String path : own.fieldNames()) {
                if (PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
                    JsonObject target = paths.getJsonObject(path);
                    if (target == null) {
                        target = new JsonObject();
                        paths.put(path, target);
                    }
                    mergeOperations(source.getKey(), path, own.getJsonObject(path), target);
                }
            }
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject t && t.getString("name") != null) {
                    tags.putIfAbsent(t.getString("name"), t);
                }
            }
        }
        components.put("securitySchemes", new JsonObject()
                .put(BEARER, new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                        .put("description", "A JWT from the identity provider (POST /auth/token in dev and local)"))
                .put(API_KEY, new JsonObject().put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                        .put("description", "A machine client's key (POST /api/v1/api-clients); reaches /api/v1/orders only")));
        JsonObject merged = new JsonObject().put("openapi", openapi)
                .put("info", new JsonObject().put("title", "Accord API").put("version", version)
                        .put("description", "The public API of Accord, served by the gateway: every service's operations in one document."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("tags", new JsonArray(List.copyOf(tags.values())))
                .put("paths", sorted(paths))
                .put("components", components);
        if (!unavailable.isEmpty()) {
            merged.put("x-accord-unavailable", new JsonArray(List.copyOf(unavailable)));
        }
        return merged;
    }

    /**
     * Adds a source's components under names that do not depend on which other sources are up: the infrastructure's
     * shared ones ({@code x-accord-shared}, the same in every service) keep their plain name, every other one is
     * qualified by its source ({@code Requirements_CustomerView}), references rewritten.
     */
    private static Map<String, String> mergeComponents(String source, JsonObject theirs, JsonObject merged) {
        Map<String, String> renames = new HashMap<>();
        for (String kind : theirs.fieldNames()) {
            if (kind.equals("securitySchemes")) {
                continue;
            }
            JsonObject target = merged.getJsonObject(kind);
            JsonObject entries = theirs.getJsonObject(kind);
            for (String name : entries.fieldNames()) {
                Object value = entries.getValue(name);
                Object existing = target == null ? null : target.getValue(name);
                boolean shared = value instanceof JsonObject definition && definition.getBoolean(SHARED, false)
                        && (existing == null || existing.equals(value));
                if (!shared) {
                    renames.put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + prefix(source) + "_" + name);
                }
            }
        }
        JsonObject copy = theirs.copy();
        rewriteRefs(copy, renames);
        for (String kind : copy.fieldNames()) {
            if (kind.equals("securitySchemes")) {
                continue;
            }
            JsonObject target = merged.getJsonObject(kind);
            if (target == null) {
                target = new JsonObject();
                merged.put(kind, target);
            }
            JsonObject entries = copy.getJsonObject(kind);
            for (String name : entries.fieldNames()) {
                String key = renames.containsKey("#/components/" + kind + "/" + name) ? prefix(source) + "_" + name : name;
                target.put(key, entries.getValue(name));
            }
        }
        return renames;
    }

    private static void mergeOperations(String source, String path, JsonObject from, JsonObject into) {
        for (String field : from.fieldNames()) {
            Object value = from.getValue(field);
            if (METHODS.contains(field) && value instanceof JsonObject operation) {
                if (into.containsKey(field)) {
                    // the first source keeps an operation: the gateway's own GET /api/v1/notifications (the services'
                    // lists merged) is what a client reaches, not the one each service serves behind it
                    continue;
                }
                operation.put("x-accord-service", source);
                if (operation.containsKey("security") && !operation.getJsonArray("security").isEmpty()) {
                    JsonArray security = new JsonArray();
                    if (path.equals("/api/v1/orders") || path.startsWith("/api/v1/orders/")) {
                        security.add(new JsonObject().put(API_KEY, new JsonArray()));
                    }
                    operation.put("security", security.add(new JsonObject().put(BEARER, new JsonArray())));
                }
                into.put(field, operation);
            } else if (!into.containsKey(field)) {
                into.put(field, value);
            }
        }
    }

    private static void rewriteRefs(Object node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof JsonObject object) {
            for (String field : object.fieldNames()) {
                Object value = object.getValue(field);
                if (field.equals("$ref") && value instanceof String ref && renames.containsKey(ref)) {
                    object.put(field, renames.get(ref));
                } else {
                    rewriteRefs(value, renames);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> rewriteRefs(item, renames));
        }
    }

    private static JsonObject sorted(JsonObject paths) {
        JsonObject out = new JsonObject();
        paths.fieldNames().stream().sorted().forEach(p -> out.put(p, paths.getValue(p)));
        return out;
    }

    private static String prefix(String source) {
        StringBuilder out = new StringBuilder();
        for (String part : source.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
