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
import static org.hamcrest.Matchers.hasItem;

/** Test helpers: what the requirements-service would publish, and the usual reviewers. */
public final class Reviews {

    public static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");
    public static final String SALES_MANAGER = TestTokens.bearer("chen.sm", "SALES_MANAGER");
    public static final String GENERAL_MANAGER = TestTokens.bearer("wang.gm", "GENERAL_MANAGER");

    private Reviews() {
    }

    public static String submittedEvent(String requirementId, int revision, String services, boolean highRisk) {
        return event("requirement.submitted", requirementId, revision, facts(requirementId, revision, true, "ORDER",
                "1250.00", "\"STATED\"", services, highRisk, null, false));
    }

    /** The data of requirement.submitted (and the {@code current} part of requirement.amended). */
    public static String facts(String requirementId, int revision, boolean newCustomer, String source, String value,
            String categories, String services, boolean highRisk, String paymentTerms, boolean customSpecification) {
        return """
                {"requirementId":"%s","revision":%d,"customerId":"%s","customerCode":"C-1","newCustomer":%s,\
                "source":"%s","title":"Pump housings","totalValue":"%s","currency":"CNY","categories":[%s],\
                "services":[%s],"highRisk":%s,"paymentTerms":%s,\
                "items":[{"productCode":"PH-200","quantity":100,"unit":"pcs","unitPrice":"12.5","currency":"CNY",\
                "customSpecification":%s}],"delivery":{"dueDate":"2027-03-01"}}"""
                .formatted(requirementId, revision, UUID.randomUUID(), newCustomer, source, value, categories, services,
                        highRisk, paymentTerms == null ? "null" : "\"" + paymentTerms + "\"", customSpecification);
    }

    public static String event(String type, String requirementId, int revision, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/accord/requirements-service","type":"accord.%s",\
                "subject":"%s","time":"%s","datacontenttype":"application/json","actor":"li.na","aggregaterevision":%d,\
                "data":%s}"""
                .formatted(UUID.randomUUID(), type, requirementId, OffsetDateTime.now(), revision, data);
    }

    /** Publishes the event on the real broker (keyed by requirement) and waits for the review of that revision. */
    public static String publishAndAwait(String bootstrap, String requirementId, int revision, String event) {
        KafkaTestClient.send(bootstrap, "accord.requirements", requirementId, event);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", AUDITOR)
                .queryParam("requirementId", requirementId).get("/api/v1/reviews")
                .then().statusCode(200).body("items.requirementRevision", hasItem(revision)));
        return given().header("Authorization", AUDITOR).queryParam("requirementId", requirementId).get("/api/v1/reviews")
                .path("items.find { it.requirementRevision == " + revision + " }.id");
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
