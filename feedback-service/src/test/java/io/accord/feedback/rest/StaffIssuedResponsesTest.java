package io.accord.feedback.rest;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.infra.security.SecretTokens;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.TestDatabases;
import io.accord.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Survey answers are the customer's: a response by a token a staff member handed out is recorded as staff-issued,
 * flagged in the satisfaction figures, and left out of them on request. One customer, three responses:
 * <ul>
 *   <li>to an invitation the system sent on a delivered order, its token mailed by the system (the notifier is
 *       simulated by setting the hash of a known token): quality 2, recommend 3 — the only customer-only response;</li>
 *   <li>to an invitation li.na made by hand (the token was in her answer): quality 5, recommend 10;</li>
 *   <li>to a second automatic invitation whose token xu.cs re-issued to pass it on: quality 5, recommend 10.</li>
 * </ul>
 */
@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class StaffIssuedResponsesTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");
    static final String SALES = TestTokens.bearer("li.na", "SALES");
    static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void staffIssuedResponsesAreFlaggedAndCanBeLeftOutOfCsatAndNps() throws Exception {
        String survey = given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                        {"title": "After delivery (staff-issued check)", "purpose": "DELIVERY", "questions": [
                          {"key": "quality", "text": "How satisfied are you?", "type": "RATING_1_5", "dimension": "quality"},
                          {"key": "recommend", "text": "Would you recommend us?", "type": "NPS_0_10"}]}
                        """).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        UUID customer = UUID.randomUUID();

        String mailed = automaticInvitation(survey, customer, "requirement:" + UUID.randomUUID());
        given().header("Authorization", AUDITOR).get("/api/v1/surveys/" + survey + "/invitations/" + mailed).then().statusCode(200)
                // li.na recorded the delivery, but the system, not she, issued the token
                .body("tokenIssuedBy", equalTo("system:feedback-service"), "staffIssued", equalTo(false));
        String systemToken = "svy_mailed-by-the-system-" + UUID.randomUUID();
        setTokenHash(mailed, SecretTokens.hash(systemToken));
        answer(systemToken, 2, 3);

        String handMade = given().header("Authorization", SALES).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"context\": \"visit\"}".formatted(customer))
                .post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201)
                .body("tokenIssuedBy", equalTo("li.na"), "staffIssued", equalTo(true)).extract().path("token");
        answer(handMade, 5, 10);

        String passedOn = automaticInvitation(survey, customer, "requirement:" + UUID.randomUUID());
        String reissued = given().header("Authorization", SERVICE).post("/api/v1/surveys/" + survey + "/invitations/" + passedOn + "/token")
                .then().statusCode(200).body("tokenIssuedBy", equalTo("xu.cs"), "staffIssued", equalTo(true)).extract().path("token");
        answer(reissued, 5, 10);

        // flagged: all three count; 2 of 3 ratings are 4–5; 2 promoters and 1 detractor of 3
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).get("/api/v1/satisfaction/summary")
                .then().statusCode(200).body("responses", equalTo(3), "staffIssuedResponses", equalTo(2),
                        "staffIssuedExcluded", equalTo(false), "csat", equalTo(66.7f), "nps", equalTo(33.3f),
                        "byDimension.quality.ratingAnswers", equalTo(3));
        // left out: only the customer's own answer remains
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("excludeStaffIssued", "true")
                .get("/api/v1/satisfaction/summary").then().statusCode(200)
                .body("responses", equalTo(1), "staffIssuedResponses", equalTo(2), "staffIssuedExcluded", equalTo(true),
                        "csat", equalTo(0.0f), "nps", equalTo(-100.0f), "overall.averageRating", equalTo(2.0f),
                        "byDimension.quality.ratingAnswers", equalTo(1));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("excludeStaffIssued", "true")
                .get("/api/v1/satisfaction/trend").then().statusCode(200).body("staffIssuedExcluded", equalTo(true))
                .body("points.size()", equalTo(1), "points[0].responses", equalTo(1), "points[0].staffIssuedResponses", equalTo(2),
                        "points[0].csat", equalTo(0.0f), "points[0].nps", equalTo(-100.0f));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).get("/api/v1/satisfaction/trend")
                .then().statusCode(200).body("points[0].responses", equalTo(3), "points[0].csat", equalTo(66.7f),
                        "points[0].nps", equalTo(33.3f));

        // each response names who handed out its token
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("staffIssued", "true")
                .get("/api/v1/surveys/" + survey + "/responses").then().statusCode(200).body("total", equalTo(2))
                .body("items.tokenIssuedBy", equalTo(List.of("xu.cs", "li.na")));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("staffIssued", "false")
                .get("/api/v1/surveys/" + survey + "/responses").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].invitationId", equalTo(mailed), "items[0].tokenIssuedBy", equalTo("system:feedback-service"),
                        "items[0].answers.score", equalTo(List.of(2, 3)));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsRefusedNotReadAsFalse() {
        given().header("Authorization", AUDITOR).queryParam("excludeStaffIssued", "yes").get("/api/v1/satisfaction/summary")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("excludeStaffIssued"));
        given().header("Authorization", AUDITOR).queryParam("excludeStaffIssued", "1").get("/api/v1/satisfaction/trend")
                .then().statusCode(400).body("violations.field", hasItem("excludeStaffIssued"));
        given().header("Authorization", AUDITOR).queryParam("staffIssued", "maybe")
                .get("/api/v1/surveys/" + UUID.randomUUID() + "/responses").then().statusCode(400)
                .body("violations.field", hasItem("staffIssued"));
        given().header("Authorization", TestTokens.bearer("erp", "ERP_CLIENT"))
                .get("/api/v1/surveys/" + UUID.randomUUID() + "/responses").then().statusCode(403);
    }

    /** The invitation the feedback-service sends itself when the requirements-service reports a delivery. */
    private String automaticInvitation(String survey, UUID customer, String occasion) {
        String requirement = occasion.substring("requirement:".length());
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, """
                {"specversion": "1.0", "id": "%s", "source": "/accord/requirements-service", "type": "accord.requirement.delivered",
                 "subject": "%s", "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json", "actor": "li.na",
                 "data": {"requirementId": "%s", "revision": 1, "customerId": "%s", "reference": "DN-1"}}
                """.formatted(UUID.randomUUID(), requirement, requirement, customer));
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", AUDITOR)
                .queryParam("customerId", customer.toString()).queryParam("size", 200).get("/api/v1/surveys/" + survey + "/invitations")
                .then().statusCode(200).extract().jsonPath().<String>getList("items.findAll { it.context == '%s' }.id".formatted(occasion)),
                ids -> ids.size() == 1).get(0);
    }

    private static void setTokenHash(String invitation, String hash) throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabases.jdbcUrl("accord_feedback_test"), TestDatabases.user(),
                TestDatabases.password());
                PreparedStatement update = db.prepareStatement("update survey_invitation set token_hash = ? where id = ?::uuid")) {
            update.setString(1, hash);
            update.setString(2, invitation);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no invitation " + invitation);
            }
        }
    }

    private static void answer(String token, int quality, int recommend) {
        given().contentType(ContentType.JSON).body("""
                {"token": "%s", "answers": [{"key": "quality", "value": %d}, {"key": "recommend", "value": %d}]}
                """.formatted(token, quality, recommend)).post("/api/v1/survey-responses").then().statusCode(201);
    }
}
