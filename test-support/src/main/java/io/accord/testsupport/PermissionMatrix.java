package io.accord.testsupport;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Walks a service's whole role matrix: for every endpoint and every role of PROCESS.md §5 (and no token at all),
 * the expected answer from a table kept in the service's test resources, written from the process and not from the
 * code. Allowed means anything but 401/403 (ids are random, bodies empty: 400 and 404 are fine); not allowed means
 * 403 problem+json; no token means 401 problem+json. Every operation of the service's OpenAPI must have a row, so a
 * new endpoint cannot go unreviewed.
 *
 * <p>The table is CSV: {@code METHOD, /path/{template}, ROLE ROLE ...} (roles separated by spaces; {@code *} for a
 * public endpoint that needs no token; nothing after the last comma for an endpoint no role may call). Lines
 * starting with {@code #} are comments.
 */
public final class PermissionMatrix {

    /** PROCESS.md §5, in its order. */
    public static final List<String> ROLES = List.of("SALES", "SALES_MANAGER", "QUALITY", "PRODUCTION", "PROCUREMENT",
            "TECHNICAL", "FINANCE", "LEGAL", "SAFETY_ENV", "GENERAL_MANAGER", "CUSTOMER_SERVICE", "AUDITOR", "ADMIN",
            "ERP_CLIENT");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private record Row(String method, String path, Set<String> allowed, boolean open) {
        String operation() {
            return method + " " + path;
        }
    }

    private PermissionMatrix() {
    }

    /** The table at {@code tableResource} (classpath) against the service's {@code /q/openapi}, paths under {@code /api/}. */
    public static void verify(String tableResource) {
        verify(tableResource, "/q/openapi", "/api/");
    }

    /** The same for the operations of {@code openApiPath} whose path starts with {@code pathPrefix}. */
    public static void verify(String tableResource, String openApiPath, String pathPrefix) {
        String machine = TestTokens.machineBearer("matrix-erp", "orders:read", "orders:write");
        verify(tableResource, openApiPath, pathPrefix, spec -> spec.header("Authorization", machine));
    }

    /**
     * The same, with the machine client ({@code ERP_CLIENT}) calling as {@code asMachine} says: a service sees the
     * gateway's internal token, the gateway itself an API key.
     */
    public static void verify(String tableResource, String openApiPath, String pathPrefix,
            UnaryOperator<RequestSpecification> asMachine) {
        List<Row> rows = read(tableResource);
        JsonPath openApi = given().accept("application/json").queryParam("format", "json").get(openApiPath)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, String>> parameterTypes = checkEveryOperationHasARow(rows, openApi, pathPrefix);

        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            String path = fill(row.path(), parameterTypes.getOrDefault(row.path(), Map.of()));
            Response anonymous = request(given(), row.method(), path);
            if (row.open()) {
                expectAllowed(failures, row, "no token", anonymous);
            } else {
                expect(failures, row, "no token", anonymous, 401);
            }
            for (String role : ROLES) {
                RequestSpecification caller = role.equals("ERP_CLIENT") ? asMachine.apply(given())
                        : given().header("Authorization", TestTokens.bearer("matrix." + role.toLowerCase(), role));
                Response answer = request(caller, row.method(), path);
                if (row.open() || row.allowed().contains(role)) {
                    expectAllowed(failures, row, role, answer);
                } else {
                    expect(failures, row, role, answer, 403);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " cell(s) of " + tableResource + " do not hold:\n"
                + String.join("\n", failures));
    }

    private static Response request(RequestSpecification spec, String method, String path) {
        if (Set.of("POST", "PUT", "PATCH").contains(method)) {
            spec = spec.contentType("application/json").body("{}");
        }
        return spec.request(method, path);
    }

    private static void expectAllowed(List<String> failures, Row row, String who, Response answer) {
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            failures.add(row.operation() + " as " + who + ": expected allowed, got " + answer.statusCode() + " " + answer.asString());
        }
    }

    private static void expect(List<String> failures, Row row, String who, Response answer, int status) {
        if (answer.statusCode() != status || !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            failures.add(row.operation() + " as " + who + ": expected " + status + " problem+json, got " + answer.statusCode()
                    + " " + answer.contentType());
        }
    }

    /** Fails unless the table and the OpenAPI name the same operations; returns each path's parameter types. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> checkEveryOperationHasARow(List<Row> rows, JsonPath openApi, String prefix) {
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, String>> parameterTypes = new LinkedHashMap<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith(prefix)) {
                return;
            }
            Map<String, String> types = parameterTypes.computeIfAbsent(path, p -> new LinkedHashMap<>());
            collectTypes(types, item.get("parameters"));
            item.forEach((key, operation) -> {
                if (HTTP_METHODS.contains(key)) {
                    documented.add(key.toUpperCase() + " " + path);
                    collectTypes(types, ((Map<String, Object>) operation).get("parameters"));
                }
            });
        });
        Set<String> tabled = new TreeSet<>();
        for (Row row : rows) {
            if (!tabled.add(row.operation())) {
                fail("the permission table names " + row.operation() + " twice");
            }
        }
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        Set<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(documented);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            fail("the permission table and the OpenAPI differ. Operations without a row (add who may call them): " + missing
                    + "; rows without an operation: " + unknown);
        }
        return parameterTypes;
    }

    @SuppressWarnings("unchecked")
    private static void collectTypes(Map<String, String> types, Object parameters) {
        if (parameters instanceof List<?> list) {
            for (Object p : list) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                if ("path".equals(parameter.get("in")) && parameter.get("schema") instanceof Map<?, ?> schema) {
                    types.put((String) parameter.get("name"), String.valueOf(schema.get("type")));
                }
            }
        }
    }

    /** Path parameters filled with values of the right type that name nothing: a random UUID, or 1 for numbers. */
    private static String fill(String template, Map<String, String> types) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String type = types.getOrDefault(m.group(1), "string");
            m.appendReplacement(filled, type.equals("integer") || type.equals("number") ? "1" : UUID.randomUUID().toString());
        }
        return m.appendTail(filled).toString();
    }

    private static List<Row> read(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no permission table " + resource + " on the test classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3) {
                    throw new IllegalArgumentException(resource + ": expected METHOD, path, roles in: " + line);
                }
                String who = cells[2].strip();
                Set<String> roles = new LinkedHashSet<>(who.isEmpty() || who.equals("*") ? List.of() : Arrays.asList(who.split("\\s+")));
                for (String role : roles) {
                    if (!ROLES.contains(role)) {
                        throw new IllegalArgumentException(resource + ": unknown role " + role + " in: " + line);
                    }
                }
                rows.add(new Row(cells[0].strip().toUpperCase(), cells[1].strip(), roles, who.equals("*")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
