package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.accord.testsupport.ServiceBaseline;
import io.quarkus.test.junit.QuarkusTest;
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
        io.accord.testsupport.EdgeBaseline.check("/api/v1/complaints", io.accord.testsupport.TestTokens.bearer("edge.tester", "CUSTOMER_SERVICE"));
    }
}
