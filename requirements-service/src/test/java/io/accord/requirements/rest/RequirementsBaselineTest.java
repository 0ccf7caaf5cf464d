package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.testsupport.EdgeBaseline;
import io.accord.testsupport.ServiceBaseline;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class RequirementsBaselineTest {

    @Test
    void meetsTheServiceBaseline() {
        ServiceBaseline.check("/api/v1/requirements");
        ServiceBaseline.check("/api/v1/customers");
    }

    @Test
    void refusesOddPathsAndOversizedBodiesWithProblems() {
        EdgeBaseline.check("/api/v1/customers", TestTokens.bearer("edge.tester", "SALES"));
    }
}
