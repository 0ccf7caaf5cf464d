package io.accord.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's one OpenAPI document, merged from the real running services, holds every operation API.md
 * promises, and shows for every request body an example that its schema accepts.
 */
class OpenApiIT {

    @Test
    void everyOperationOfApiMdIsInTheMergedDocument() {
        JsonPath document = given().baseUri(AccordSuite.gateway()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertNull(document.get("'x-accord-unavailable'"), "every service's document was merged");
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                documented.add(method.toUpperCase() + " " + ApiContract.normalise(path))));

        Set<String> promised = ApiContract.operations();
        assertTrue(promised.size() > 50, "API.md was read: " + promised.size() + " operations");
        Set<String> missing = new TreeSet<>(promised);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "operations of API.md missing from GET /q/openapi");

        assertEquals("X-API-Key", document.getString("components.securitySchemes.apiKey.name"));
        assertEquals("bearer", document.getString("components.securitySchemes.bearer.scheme"));
        assertNotNull(document.get("paths.'/api/v1/orders'.post.security[0].apiKey"), "the order API takes an API key");
    }

    @Test
    void everyRequestBodyHasAnExampleThatItsSchemaAccepts() throws IOException {
        String document = given().baseUri(AccordSuite.gateway()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();

        assertEquals(List.of(), BodyExamples.problems(new ObjectMapper().readTree(document)),
                "request bodies without a valid example in GET /q/openapi");
    }
}
