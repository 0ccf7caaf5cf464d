package io.accord.gateway.rest;

/**
 * The example body of each gateway operation that takes one, as the OpenAPI document shows it (Swagger UI,
 * generators, mock servers). Each is a body the gateway accepts as it stands: {@code RequestExamplesTest} reads every
 * example into the operation's request type and validates it.
 */
final class RequestExamples {

    static final String API_CLIENT = """
            {"name": "erp-kingdee-wuxi", "scopes": ["orders:read", "orders:write"]}
            """;

    static final String TOKEN = """
            {"user": "li.na", "roles": ["SALES"]}
            """;

    private RequestExamples() {
    }
}
