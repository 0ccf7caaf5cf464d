package io.accord.feedback.rest;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.testsupport.EdgeBaseline;
import io.accord.testsupport.ServiceBaseline;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The service meets the baseline: probes, OpenAPI, metrics, auth, paging, problem+json. */
@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class FeedbackBaselineTest {

    @Test
    void meetsTheServiceBaseline() {
        ServiceBaseline.check("/api/v1/feedback");
    }

    @Test
    void refusesOddPathsAndOversizedBodiesWithProblems() {
        EdgeBaseline.check("/api/v1/feedback", TestTokens.bearer("edge.tester", "CUSTOMER_SERVICE"));
    }
}
