package io.accord.review;

import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestTokens;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Test helpers: what the requirements-service would publish, and the usual reviewers. */
public final class Reviews {

    public static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");
    public static final String SALES_MANAGER = TestTokens.bearer("chen.sm", "SALES_MANAGER");
    public static final String GENERAL_MANAGER = TestTokens.bearer("wang.gm", "GENERAL_MANAGER");

    private Reviews() {
    }

    public static String submittedEvent(String requirementId, int revision, String services, boolean highRisk) {
        return """
                {"specversion":"1.0","id":"%s","source":"/accord/requirements-service","type":"accord.requirement.submitted",\
                "subject":"%s","time":"%s","datacontenttype":"application/json","actor":"li.na","aggregaterevision":%d,\
                "data":{"requirementId":"%s","revision":%d,"customerId":"%s","customerCode":"C-1","newCustomer":true,\
                "source":"CONTRACT_DRAFT","title":"Pump housings","totalValue":"1250.00","currency":"CNY",\
                "categories":["STATED"],"services":[%s],"highRisk":%s,"items":[],"delivery":null}}"""
                .formatted(UUID.randomUUID(), requirementId, OffsetDateTime.now(), revision, requirementId, revision,
                        UUID.randomUUID(), services, highRisk);
    }

    /** Publishes a submission on the real broker and waits for the review it opens; returns the review id. */
    public static String openReview(String bootstrap) {
        String requirementId = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId, submittedEvent(requirementId, 1, "", false));
        return awaitReview(requirementId);
    }

    public static String awaitReview(String requirementId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .queryParam("requirementId", requirementId).get("/api/v1/reviews")
                .then().statusCode(200).body("total", equalTo(1)));
        return given().header("Authorization", AUDITOR).queryParam("requirementId", requirementId)
                .get("/api/v1/reviews").path("items[0].id");
    }

    public static void opinion(String reviewId, String department, String verdict) {
        given().header("Authorization", TestTokens.bearer(department.toLowerCase() + ".reviewer", department))
                .contentType(ContentType.JSON)
                .body("{\"department\": \"%s\", \"verdict\": \"%s\", \"comment\": \"checked\"}".formatted(department, verdict))
                .post("/api/v1/reviews/" + reviewId + "/opinions").then().statusCode(200);
    }

    public static void consolidate(String reviewId) {
        given().header("Authorization", SALES_MANAGER).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + reviewId + "/consolidation").then().statusCode(200);
    }
}
