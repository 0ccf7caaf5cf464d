package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the request body examples of an OpenAPI document are judged (the document here is a small one). */
class BodyExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExampleThatFitsItsSchemaPasses() throws Exception {
        assertEquals(List.of(), BodyExamples.problems(document("""
                {"examples": {"pumps": {"value": {"title": "离心泵", "quantity": 40}}},
                 "schema": {"$ref": "#/components/schemas/Order"}}
                """)));
    }

    @Test
    void aBodyWithoutAnExampleIsNamed() throws Exception {
        assertEquals(List.of("POST /api/v1/orders (application/json): no example of the request body"),
                BodyExamples.problems(document("""
                        {"schema": {"$ref": "#/components/schemas/Order"}}
                        """)));
    }

    @Test
    void aFileBodyNeedsNoExample() {
        assertTrue(BodyExamples.isJson("application/json") && BodyExamples.isJson("application/merge-patch+json; charset=UTF-8"));
        assertFalse(BodyExamples.isJson("application/pdf") || BodyExamples.isJson("multipart/form-data"));
    }

    @Test
    void anExampleOutsideItsSchemaIsNamedWithWhere() throws Exception {
        List<String> problems = BodyExamples.problems(document("""
                {"example": {"title": "离心泵", "quantity": 0},
                 "schema": {"$ref": "#/components/schemas/Order"}}
                """));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("POST /api/v1/orders (application/json): the example is not valid: "),
                problems.get(0));
        assertTrue(problems.get(0).contains("$.quantity"), problems.get(0));
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws Exception {
        List<String> problems = BodyExamples.problems(document("""
                {"example": {"quantity": 3}, "schema": {"$ref": "#/components/schemas/Order"}}
                """));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("title"), problems.get(0));
    }

    /** One operation, POST /api/v1/orders, whose application/json body is the given media type object. */
    private static JsonNode document(String media) throws Exception {
        return JSON.readTree("""
                {"openapi": "3.1.0",
                 "paths": {"/api/v1/orders": {"post": {"requestBody": {"content": {"application/json": %s}}}}},
                 "components": {"schemas": {"Order": {"type": "object", "required": ["title"],
                   "properties": {"title": {"type": "string", "maxLength": 200},
                                  "quantity": {"type": "number", "exclusiveMinimum": 0}}}}}}
                """.formatted(media));
    }
}
