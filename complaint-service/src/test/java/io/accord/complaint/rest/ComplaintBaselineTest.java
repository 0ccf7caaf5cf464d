package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.testsupport.EdgeBaseline;
import io.accord.testsupport.ServiceBaseline;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The service meets the baseline: probes, OpenAPI, metrics, auth, paging, problem+json. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintBaselineTest {

    @Test
    void meetsTheServiceBaseline() {
        ServiceBaseline.check("/api/v1/complaints");
    }

    @Test
    void refusesOddPathsAndOversizedBodiesWithProblems() {
        EdgeBaseline.check("/api/v1/complaints", TestTokens.bearer("edge.tester", "CUSTOMER_SERVICE"));
    }
}
