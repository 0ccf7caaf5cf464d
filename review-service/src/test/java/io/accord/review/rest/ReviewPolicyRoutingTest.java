package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.review.service.ReviewService;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The stored policy routes each requirement; the simplified review, the risk gate and re-review on amendment. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewPolicyRoutingTest {

    private static final String ADMIN = TestTokens.bearer("root", "ADMIN");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ReviewService reviews;

    @Test
    void eachPolicyRuleRoutesAndExplainsItself() {
        route(false, "ORDER", "1250.00", "", "", false, null, false)
                .body("type", equalTo("SIMPLIFIED"), "requiredDepartments", empty(), "routingReasons[0]", containsString("SIMPLIFIED"));
        route(true, "ORDER", "1250.00", "", "", false, null, false)
                .body("type", equalTo("FULL"), "routingReasons[0]", containsString("new customer"))
                .body("requiredDepartments", containsInAnyOrder("QUALITY", "PRODUCTION", "PROCUREMENT"));
        route(false, "ERP_ORDER", "1250.00", "\"STATUTORY\"", "", false, null, false)
                .body("type", equalTo("FULL"), "routingReasons[0]", containsString("STATUTORY"));
        route(false, "ORDER", "1250.00", "", "", true, null, false).body("type", equalTo("FULL"));
        route(false, "ORDER", "60000", "", "", false, null, false).body("type", equalTo("FULL"));
        route(false, "TENDER", "1250.00", "", "", false, null, false).body("requiredDepartments", hasItem("LEGAL"));
        route(false, "ORDER", "500000", "", "", false, null, false)
                .body("requiredDepartments", hasItem("LEGAL")).body("requiredDepartments", hasItem("FINANCE"));
        route(false, "CONTRACT_DRAFT", "1250.00", "", "", false, "90 days after acceptance", false)
                .body("requiredDepartments", hasItem("FINANCE"))
                .body("routingReasons", hasItem(containsString("non-standard payment terms")));
        route(false, "CONTRACT_DRAFT", "1250.00", "", "", false, "NET30", false)
                .body("requiredDepartments", not(hasItem("FINANCE")));
        route(false, "CONTRACT_DRAFT", "1250.00", "", "", false, null, true).body("requiredDepartments", hasItem("TECHNICAL"));
        route(false, "CONTRACT_DRAFT", "1250.00", "", "\"MAINTENANCE\"", false, null, false)
                .body("requiredDepartments", hasItem("SAFETY_ENV"));
    }

    @Test
    void aSimplifiedReviewIsApprovedByTheOrderConfirmationOnly() {
        String review = open(false, "ERP_ORDER", "900", "", "", false);
        given().header("Authorization", TestTokens.bearer("q", "QUALITY")).contentType(ContentType.JSON)
                .body("{\"department\": \"QUALITY\", \"verdict\": \"APPROVE\"}").post("/api/v1/reviews/" + review + "/opinions")
                .then().statusCode(403);
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + review + "/consolidation").then().statusCode(409);
        given().header("Authorization", TestTokens.bearer("s", "SALES")).contentType(ContentType.JSON)
                .body("{\"method\": \"FAX\", \"reference\": \"FAX-1\"}").post("/api/v1/reviews/" + review + "/order-confirmation")
                .then().statusCode(403);
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON)
                .body("{\"method\": \"FAX\", \"reference\": \"FAX-2026-301\"}").post("/api/v1/reviews/" + review + "/order-confirmation")
                .then().statusCode(200).body("status", equalTo("APPROVED"), "orderConfirmation.by", equalTo("chen.sm"));
        KafkaTestClient.readUntil(bootstrap, "accord.reviews", r -> review.equals(r.key())
                && r.value().contains("\"type\":\"accord.review.approved\""), Duration.ofSeconds(30));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record")
                .then().body("content.reviewType", equalTo("SIMPLIFIED"), "frozen", equalTo(true),
                        "content.orderConfirmation.signature.meaning", equalTo("CONFIRMED"));

        String full = open(true, "ORDER", "900", "", "", false);
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON)
                .body("{\"method\": \"FAX\", \"reference\": \"FAX-9\"}").post("/api/v1/reviews/" + full + "/order-confirmation")
                .then().statusCode(409).body("currentState", equalTo("OPEN"));
    }

    @Test
    void aHighRiskRequirementIsApprovedOnlyWithRisksAssessedAndHighOnesMitigated() {
        String review = consolidatedHighRisk();
        decide(review).statusCode(409).body("detail", containsString("risks assessed"));
        given().header("Authorization", TestTokens.bearer("t", "TECHNICAL")).contentType(ContentType.JSON)
                .body("{\"category\": \"TECHNICAL\", \"likelihood\": 6, \"impact\": 0}").post("/api/v1/reviews/" + review + "/risks")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("impact", "likelihood"));
        risk(review, "{\"category\": \"DELIVERY\", \"likelihood\": 4, \"impact\": 4}").body("risks[0].score", equalTo(16));
        decide(review).statusCode(409).body("detail", containsString("risk 1 (DELIVERY, 4 × 4 = 16) has none"));

        String mitigated = consolidatedHighRisk();
        risk(mitigated, "{\"category\": \"CAPACITY\", \"likelihood\": 5, \"impact\": 3, \"mitigation\": \"second shift from March\"}");
        risk(mitigated, "{\"category\": \"FINANCIAL\", \"likelihood\": 2, \"impact\": 2}");
        decide(mitigated).statusCode(200).body("status", equalTo("APPROVED"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + mitigated + "/record")
                .then().body("content.risks.size()", equalTo(2), "intact", equalTo(true));
    }

    @Test
    void anUnmitigatedRiskOfTwentyFiveBlocksApprovalWithoutTheHighRiskFlagUntilItsMitigationIsRecorded() {
        String review = consolidated(false);
        risk(review, "{\"category\": \"SAFETY\", \"likelihood\": 5, \"impact\": 5}");
        risk(review, "{\"category\": \"FINANCIAL\", \"likelihood\": 2, \"impact\": 3}");

        decide(review).statusCode(409).contentType("application/problem+json").body("currentState", equalTo("CONSOLIDATED"),
                "detail", containsString("risk 1 (SAFETY, 5 × 5 = 25) has none"), "detail", not(containsString("risk 2")));

        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body("{\"mitigation\": \" \"}")
                .post("/api/v1/reviews/" + review + "/risks/1/mitigation").then().statusCode(400)
                .body("violations.field", hasItem("mitigation"));
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body("{\"mitigation\": \"x\"}")
                .post("/api/v1/reviews/" + review + "/risks/9/mitigation").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("p", "PRODUCTION")).contentType(ContentType.JSON)
                .body("{\"mitigation\": \"guards fitted and the pressure test witnessed by QA\"}")
                .post("/api/v1/reviews/" + review + "/risks/1/mitigation").then().statusCode(200)
                .body("risks[0].mitigation", equalTo("guards fitted and the pressure test witnessed by QA"), "risks[0].score", equalTo(25));

        decide(review).statusCode(200).body("status", equalTo("APPROVED"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history")
                .then().body("action", hasItem("risk mitigated: 1"));
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body("{\"mitigation\": \"later\"}")
                .post("/api/v1/reviews/" + review + "/risks/2/mitigation").then().statusCode(409).body("currentState", equalTo("APPROVED"));
    }

    private String consolidatedHighRisk() {
        return consolidated(true);
    }

    private String consolidated(boolean highRisk) {
        String review = open(true, "ORDER", "900", "", "", highRisk);
        for (String d : new String[]{"QUALITY", "PRODUCTION", "PROCUREMENT"}) {
            Reviews.opinion(review, d, "APPROVE");
        }
        Reviews.consolidate(review);
        return review;
    }

    private ValidatableResponse risk(String review, String body) {
        return given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + review + "/risks").then().statusCode(200);
    }

    @Test
    void anAmendmentSupersedesTheReviewAndReroutesOnlyTheTouchedDepartments() {
        String requirement = UUID.randomUUID().toString();
        String first = Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1,
                Reviews.facts(requirement, 1, true, "ORDER", "1250.00", "", "", false, null, false)));
        Reviews.opinion(first, "QUALITY", "APPROVE");
        Reviews.opinion(first, "PRODUCTION", "APPROVE");
        Reviews.opinion(first, "PROCUREMENT", "APPROVE");

        String amended = "{\"requirementId\":\"%s\",\"revision\":2,\"previousRevision\":1,\"reason\":\"more pieces\",\"changedPaths\":[\"items[0].quantity\"],\"current\":%s}"
                .formatted(requirement, Reviews.facts(requirement, 2, true, "ORDER", "1875.00", "", "", false, null, false));
        String second = Reviews.publishAndAwait(bootstrap, requirement, 2, Reviews.event("requirement.amended", requirement, 2, amended));

        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + first)
                .then().body("status", equalTo("SUPERSEDED"), "supersededBy", equalTo(second));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + second)
                .then().body("status", equalTo("OPEN"), "requirementRevision", equalTo(2))
                .body("missingOpinions", containsInAnyOrder("PRODUCTION", "PROCUREMENT"))
                .body("opinions.find { it.department == 'QUALITY' }.forRevision", equalTo(1))
                .body("routingReasons[0]", containsString("items[0].quantity"));
    }

    @Test
    void thePolicyIsVersionedValidatedAndAdminOnly() {
        int version = given().header("Authorization", ADMIN).get("/api/v1/review-policy")
                .then().statusCode(200).body("rules.slaHours.QUALITY", equalTo(48)).extract().path("version");
        given().header("Authorization", Reviews.SALES_MANAGER).get("/api/v1/review-policy").then().statusCode(403);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"simplifiedMaxValue\": -1, \"financeThreshold\": 1, \"legalThreshold\": 1, \"standardPaymentTerms\": [],"
                        + " \"rerouteOnChange\": {}, \"slaHours\": {\"QUALITY\": -5}}")
                .put("/api/v1/review-policy").then().statusCode(400).body("violations.field", hasItem("simplifiedMaxValue"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"simplifiedMaxValue\": 1000}").put("/api/v1/review-policy").then().statusCode(400);
        given().header("Authorization", ADMIN).get("/api/v1/review-policy").then().body("version", equalTo(version));
    }

    @Test
    void aTaskPastItsSlaIsReportedOnceAndListedAsOverdue() {
        String review = open(true, "ORDER", "900", "", "", false);
        Reviews.opinion(review, "QUALITY", "APPROVE");
        Reviews.opinion(review, "PRODUCTION", "APPROVE");
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).then().body("overdue", equalTo(false));
        try {
            clock.advance(Duration.ofHours(49)); // the policy gives PROCUREMENT 48 hours
            // the scheduled watch sees the moved clock on its next run
            KafkaTestClient.readUntil(bootstrap, "accord.reviews", r -> review.equals(r.key())
                    && r.value().contains("\"type\":\"accord.review.task-overdue\"")
                    && r.value().contains("\"department\":\"PROCUREMENT\""), Duration.ofSeconds(30));
            given().header("Authorization", TestTokens.bearer("p", "PROCUREMENT")).queryParam("department", "PROCUREMENT")
                    .queryParam("overdue", true).queryParam("size", 200).get("/api/v1/reviews")
                    .then().statusCode(200).body("items.id", hasItem(review));
            // the watch runs again: still one overdue entry for that task, and none for the departments that answered
            reviews.markOverdue();
            given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history")
                    .then().body("findAll { it.action == 'task overdue: PROCUREMENT' }.size()", equalTo(1))
                    .body("findAll { it.action.startsWith('task overdue') }.size()", equalTo(1));
            // signing needs a sign-in recent by the (moved) clock
            given().header("Authorization", TestTokens.bearerAuthenticatedAt(clock.instant(), "p", "PROCUREMENT"))
                    .contentType(ContentType.JSON).body("{\"department\": \"PROCUREMENT\", \"verdict\": \"APPROVE\"}")
                    .post("/api/v1/reviews/" + review + "/opinions").then().statusCode(200);
            given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).then().body("overdue", equalTo(false));
        } finally {
            clock.reset();
        }
    }

    private ValidatableResponse decide(String review) {
        return given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision").then();
    }

    private String open(boolean newCustomer, String source, String value, String categories, String services, boolean highRisk) {
        String requirement = UUID.randomUUID().toString();
        return Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1,
                Reviews.facts(requirement, 1, newCustomer, source, value, categories, services, highRisk, null, false)));
    }

    private ValidatableResponse route(boolean newCustomer, String source, String value, String categories, String services,
            boolean highRisk, String paymentTerms, boolean customSpecification) {
        String requirement = UUID.randomUUID().toString();
        String review = Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1,
                Reviews.facts(requirement, 1, newCustomer, source, value, categories, services, highRisk, paymentTerms,
                        customSpecification)));
        return given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).then().statusCode(200);
    }
}
