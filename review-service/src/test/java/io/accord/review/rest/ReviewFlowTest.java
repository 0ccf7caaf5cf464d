package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void fullReviewFromOpinionsToApprovalPublishesTheDecision() {
        String review = Reviews.openReview(bootstrap);
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review)
                .then().statusCode(200)
                .body("type", equalTo("FULL"), "status", equalTo("OPEN"),
                        "requiredDepartments", containsInAnyOrder("QUALITY", "PRODUCTION", "PROCUREMENT"));

        Reviews.opinion(review, "QUALITY", "APPROVE");
        Reviews.opinion(review, "PRODUCTION", "APPROVE");
        // decision before consolidation, consolidation before every opinion: both refused naming the state
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(409).body("currentState", equalTo("OPEN"));
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + review + "/consolidation")
                .then().statusCode(409).body("detail", containsString("PROCUREMENT"));

        Reviews.opinion(review, "PROCUREMENT", "APPROVE");
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\", \"comment\": \"go\"}").post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"), "decision.by", equalTo("wang.gm"));

        String requirementId = given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).path("requirementId");
        KafkaTestClient.readUntil(bootstrap, "accord.reviews", r -> review.equals(r.key())
                && r.value().contains("\"type\":\"accord.review.approved\"")
                && r.value().contains("\"requirementId\":\"" + requirementId + "\"")
                && r.value().contains("\"requirementRevision\":1"), Duration.ofSeconds(30));

        // the decided review accepts no more opinions; its history chain is intact
        given().header("Authorization", TestTokens.bearer("q", "QUALITY")).contentType(ContentType.JSON)
                .body("{\"department\": \"QUALITY\", \"verdict\": \"REJECT\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(409).body("currentState", equalTo("APPROVED"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history/verification")
                .then().statusCode(200).body("intact", is(true), "entries", equalTo(6));
        // the record is frozen with a hash that the history's decision entry carries
        String hash = given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).body("frozen", is(true), "intact", is(true), "content.opinions.size()", equalTo(3),
                        "content.decision.decision", equalTo("APPROVED"), "content.reviewType", equalTo("FULL"),
                        "formVersion", equalTo(2))
                .extract().path("contentHash");
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history")
                .then().body("find { it.action == 'decided' }.detail", containsString(hash));
        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "zh-CN").get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("产品要求评审表"), containsString("PROCUREMENT"),
                        containsString(hash));
    }

    @Test
    void aReviewerSignsOnlyForTheirOwnRequiredDepartment() {
        String review = Reviews.openReview(bootstrap);
        given().header("Authorization", TestTokens.bearer("q", "QUALITY")).contentType(ContentType.JSON)
                .body("{\"department\": \"PRODUCTION\", \"verdict\": \"APPROVE\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("s", "SALES")).contentType(ContentType.JSON)
                .body("{\"department\": \"QUALITY\", \"verdict\": \"APPROVE\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("f", "FINANCE")).contentType(ContentType.JSON)
                .body("{\"department\": \"FINANCE\", \"verdict\": \"APPROVE\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(403).body("detail", containsString("not a required department"));
    }

    @Test
    void approvingOverARejectNeedsAnOverrideReasonAndAChangedOpinionSupersedes() {
        String review = Reviews.openReview(bootstrap);
        Reviews.opinion(review, "QUALITY", "REJECT");
        Reviews.opinion(review, "QUALITY", "APPROVE");
        Reviews.opinion(review, "PRODUCTION", "REJECT");
        Reviews.opinion(review, "PROCUREMENT", "APPROVE");
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review)
                .then().body("opinions.size()", equalTo(4))
                .body("opinions.findAll { it.department == 'QUALITY' && it.current }.verdict", equalTo(List.of("APPROVE")));
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(400).body("violations.field", hasItem("overrideReason"));
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\", \"overrideReason\": \"capacity added by subcontracting\"}")
                .post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(200).body("decision.overrideReason", equalTo("capacity added by subcontracting"));
    }

    @Test
    void aRedeliveredSubmissionOpensOneReviewAndRoutesOnSiteWork() {
        String requirementId = UUID.randomUUID().toString();
        String event = Reviews.event("requirement.submitted", requirementId, 1, Reviews.facts(requirementId, 1, true, "ORDER",
                "1250.00", "", "\"INSTALLATION\"", true, null, true));
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId, event);
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId, event);
        String review = Reviews.awaitReview(requirementId);
        // a later event on the same partition proves both copies were consumed before we count again
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId, Reviews.submittedEvent(requirementId, 2, "", false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", Reviews.AUDITOR).queryParam("requirementId", requirementId).get("/api/v1/reviews")
                .then().body("total", equalTo(2)));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review)
                .then().body("requiredDepartments", hasItem("SAFETY_ENV")).body("requiredDepartments", hasItem("TECHNICAL"));
        given().header("Authorization", TestTokens.bearer("q", "QUALITY")).queryParam("department", "SAFETY_ENV")
                .queryParam("status", "OPEN").queryParam("requirementId", requirementId).get("/api/v1/reviews")
                .then().body("total", equalTo(1), "items[0].id", equalTo(review));
    }

    @Test
    void badInputIsAProblemNeverA5xx() {
        String review = Reviews.openReview(bootstrap);
        String quality = TestTokens.bearer("q", "QUALITY");
        for (String body : List.of("", "{", "[]", "{\"department\": \"QUALITY\"}",
                "{\"department\": \"QUALITY\", \"verdict\": \"APPROVE_WITH_CONDITIONS\"}")) {
            int status = given().header("Authorization", quality).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/reviews/" + review + "/opinions").then().contentType("application/problem+json")
                    .extract().statusCode();
            assertEquals(400, status, body);
        }
        // well-formed, but no such department in the directory
        given().header("Authorization", quality).contentType(ContentType.JSON)
                .body("{\"department\": \"MARKETING\", \"verdict\": \"APPROVE\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(422).contentType("application/problem+json").body("violations[0].field", equalTo("department"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/not-a-uuid").then().statusCode(400);
        given().header("Authorization", Reviews.AUDITOR).queryParam("status", "WHATEVER").get("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/reviews").then().statusCode(401);
    }
}
