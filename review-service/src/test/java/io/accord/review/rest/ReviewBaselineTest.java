package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.testsupport.EdgeBaseline;
import io.accord.testsupport.ServiceBaseline;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewBaselineTest {

    @Test
    void meetsTheServiceBaseline() {
        ServiceBaseline.check("/api/v1/reviews");
    }

    @Test
    void refusesOddPathsAndOversizedBodiesWithProblems() {
        EdgeBaseline.check("/api/v1/reviews/00000000-0000-0000-0000-000000000001/risks", TestTokens.bearer("edge.tester", "QUALITY"));
    }
}
