package io.accord.infra.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PathRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/../api/v1/customers", "/api/v1/..", "/api/./v1", "/.", "/api/v1/%2e%2e/x", "/api/%2E/v1",
            "/api/v1/requirements%2F..%2Fcustomers", "/api/v1/a%5cb", "/api/v1\\..\\q", "api/v1", ""})
    void refusesPathsThatMeanSomethingElseFurtherOn(String path) {
        assertNotNull(PathRules.refusal(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/customers", "/api/v1/orders/ERP-4711", "/api/v1/files/report.v2.pdf",
            "/api/v1/x/...", "/api/v1/x/.hidden", "/api/v1/search/%E4%B8%AD%E6%96%87", "/api/v1/customers/"})
    void acceptsPlainPaths(String path) {
        assertNull(PathRules.refusal(path), path);
    }

    @Test
    void aMissingPathIsRefused() {
        assertNotNull(PathRules.refusal(null));
    }
}
