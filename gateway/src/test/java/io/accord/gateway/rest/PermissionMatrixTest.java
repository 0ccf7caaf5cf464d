package io.accord.gateway.rest;

import io.accord.gateway.GatewayTestProfile;
import io.accord.testsupport.PermissionMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own endpoints that roles decide (machine clients) × every role of PROCESS.md §5, against
 * {@code permission-matrix.csv}; checked against the gateway's own OpenAPI (the merged one is the services').
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class PermissionMatrixTest {

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        PermissionMatrix.verify("permission-matrix.csv", "/q/openapi-gateway", "/api/v1/api-clients");
    }
}
