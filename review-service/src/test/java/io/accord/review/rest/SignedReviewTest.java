package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every signature of a review (opinion REVIEWED, consolidation CONSOLIDATED, decision APPROVED/REJECTED/…, order
 * confirmation CONFIRMED) needs a recent sign-in, and says who signed, when and what it means: in the review, in the
 * record and in the history's hash chain.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class SignedReviewTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Test
    void eachSignatureOfAFullReviewCarriesItsMeaningIntoTheRecordAndTheHistory() {
        String review = Reviews.openReview(bootstrap);
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            Reviews.opinion(review, department, "APPROVE");
        }
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"REJECTED\", \"comment\": \"capacity\"}").post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(200);

        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                .body("intact", is(true), "content.opinions.signature.meaning", equalTo(List.of("REVIEWED", "REVIEWED", "REVIEWED")),
                        "content.consolidation.signature.meaning", equalTo("CONSOLIDATED"),
                        "content.decision.signature.meaning", equalTo("REJECTED"),
                        "content.decision.signature.signedBy", equalTo("wang.gm"));
        JsonPath history = given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("REVIEWED", "REVIEWED", "REVIEWED", "CONSOLIDATED", "REJECTED"),
                history.getList("findAll { it.signature != null }.signature.meaning"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history/verification")
                .then().statusCode(200).body("intact", is(true));
    }

    @Test
    void aStaleSignInSignsNothingAndSaysToSignInAgain() {
        String review = Reviews.openReview(bootstrap);
        String stale = TestTokens.bearerAuthenticatedAt(clock.instant().minus(Duration.ofMinutes(30)), "li.q", "QUALITY");

        given().header("Authorization", stale).contentType(ContentType.JSON)
                .body("{\"department\": \"QUALITY\", \"verdict\": \"APPROVE\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(401).contentType("application/problem+json").body("reauthenticate", equalTo(true));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review)
                .then().body("opinions.size()", equalTo(0));

        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            Reviews.opinion(review, department, "APPROVE");
        }
        String staleManager = TestTokens.bearerAuthenticatedAt(clock.instant().minus(Duration.ofHours(2)), "chen.sm",
                "SALES_MANAGER");
        given().header("Authorization", staleManager).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + review + "/consolidation").then().statusCode(401).body("reauthenticate", equalTo(true));
        Reviews.consolidate(review);
        given().header("Authorization", TestTokens.bearerWithoutAuthTime("wang.gm", "GENERAL_MANAGER")).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(401).body("reauthenticate", equalTo(true));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).then().body("status", equalTo("CONSOLIDATED"));
    }
}
