package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.GarbageInput;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Malformed, mistyped and hostile input at every review endpoint: the answer is always a 4xx problem. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class GarbageInputTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void noEndpointAnswersGarbageWithA5xx() {
        String review = Reviews.openReview(bootstrap);
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "QUALITY", "SALES_MANAGER", "GENERAL_MANAGER", "AUDITOR", "ADMIN"),
                List.of(new String[]{"POST", "/api/v1/reviews/" + review + "/opinions"},
                        new String[]{"POST", "/api/v1/reviews/" + review + "/risks"},
                        new String[]{"POST", "/api/v1/reviews/" + review + "/risks/1/mitigation"},
                        new String[]{"POST", "/api/v1/reviews/" + review + "/risks/not-a-number/mitigation"},
                        new String[]{"POST", "/api/v1/reviews/" + review + "/order-confirmation"},
                        new String[]{"PUT", "/api/v1/review-policy"},
                        new String[]{"POST", "/api/v1/reviews/" + review + "/consolidation"},
                        new String[]{"POST", "/api/v1/reviews/" + review + "/decision"},
                        new String[]{"POST", "/api/v1/reviews/not-a-uuid/decision"}),
                List.of("/api/v1/reviews?department=NOPE", "/api/v1/reviews?sort=%27;drop", "/api/v1/reviews?cursor=..%00", "/api/v1/reviews?requirementId=1", "/api/v1/reviews?page=x",
                        "/api/v1/reviews/" + review + "/history", "/api/v1/reviews/" + review + "/history/verification",
                        "/api/v1/reviews?overdue=perhaps", "/api/v1/reviews/" + review + "/record", "/api/v1/reviews/x/record"));
    }
}
