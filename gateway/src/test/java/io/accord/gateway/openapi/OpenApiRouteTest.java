package io.accord.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.accord.gateway.GatewayTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's merged document with no service reachable: its own endpoints (JAX-RS and Vert.x routes) are
 * there, the services are named as unavailable, and the format follows the request. The merge of the real
 * services' documents is checked end to end against API.md in the e2e suite.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class OpenApiRouteTest {

    @Test
    void theGatewaysOwnEndpointsAndSecuritySchemesAreDescribed() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).contentType("application/json")
                .body("info.title", equalTo("Accord API"))
                .body("paths.'/api/v1/api-clients'.post.security[0].bearer", notNullValue())
                .body("paths.'/api/v1/api-clients/{id}'.delete", notNullValue())
                .body("paths.'/api/v1/customers/{id}/overview'.get", notNullValue())
                .body("paths.'/api/v1/events'.get", notNullValue())
                .body("paths.'/auth/token'.post", notNullValue())
                .body("paths.'/q/health'", nullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"))
                .body("'x-accord-unavailable'", hasItems("requirements", "reviews", "feedback", "complaints"));
    }

    @Test
    void yamlByDefaultAndJsonWhenAsked() throws Exception {
        String yaml = given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml")).extract().asString();
        JsonNode document = new YAMLMapper().readTree(yaml);
        assertEquals("Accord API", document.at("/info/title").asText());
        assertEquals("X-API-Key", document.at("/components/securitySchemes/apiKey/name").asText());
        assertTrue(document.at("/paths/~1api~1v1~1api-clients/post").isObject(), yaml);
        given().accept("application/json").get("/q/openapi").then().statusCode(200).contentType("application/json");
    }

    @Test
    void swaggerUiIsNotServedOutsideDevAndLocal() {
        given().get("/q/swagger-ui/").then().statusCode(404);
    }
}
