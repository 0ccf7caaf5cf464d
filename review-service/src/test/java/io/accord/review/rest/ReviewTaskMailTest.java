package io.accord.review.rest;

import io.accord.infra.mail.QueuedMail;
import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.review.service.ReviewService;
import io.accord.review.service.SlaWatch;
import io.accord.testsupport.KafkaTestClient;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.ReceivedMail;
import io.accord.testsupport.SmtpTestServer;
import io.accord.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail a review's tasks cause, read from the mail outbox as the relay would send it: the task to each department
 * mailbox when the review opens, one reminder and one escalation (manager and general manager) however often the watch
 * runs, and the delegation of a task with its refusals.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewTaskMailTest {

    private static final String ADMIN = TestTokens.bearer("root", "ADMIN");
    /** The staff domain and the general manager of the test configuration (the library's defaults). */
    private static final String DOMAIN = "@accord.local";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    @Inject
    ReviewService reviews;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void departmentsWithMailboxes() {
        // the watch is run by the test, at the moments it chooses
        scheduler.pause(SlaWatch.IDENTITY);
        department("QUALITY", "质量部", "Quality", "qa-box@plant.example", "zhou.qm", "zh-CN");
        department("PRODUCTION", "生产部", "Production", "prod-box@plant.example", "wu.pm", "en");
        department("PROCUREMENT", "采购部", "Procurement", "buy-box@plant.example", "he.buy", null);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
        scheduler.resume(SlaWatch.IDENTITY);
    }

    @Test
    void aReviewMailsEachRequiredDepartmentItsTaskInTheDepartmentsLanguage() {
        String review = openFullReview();
        Map<String, QueuedMail> tasks = byRecipient(mails(review, "review-task:"));
        assertEquals(List.of("buy-box@plant.example", "prod-box@plant.example", "qa-box@plant.example"),
                tasks.keySet().stream().sorted().toList());
        QueuedMail quality = tasks.get("qa-box@plant.example");
        assertEquals("review-task:" + review + ":QUALITY", quality.cause);
        assertEquals("zh-CN", quality.locale);
        assertTrue(quality.subject.contains("质量部") && quality.subject.contains("Pump housings"), quality.subject);
        assertTrue(quality.bodyText.contains(review), quality.bodyText);
        assertEquals("en", tasks.get("prod-box@plant.example").locale);
        assertTrue(tasks.get("prod-box@plant.example").subject.startsWith("Review task for Production"));
        // no language in the directory: the suite's default (en unless ACCORD_DEFAULT_LOCALE says otherwise)
        assertEquals("en", tasks.get("buy-box@plant.example").locale);
        tasks.values().forEach(ReviewTaskMailTest::assertComplete);
        assertTrue(tasks.values().stream().allMatch(m -> "review".equals(m.aboutType) && review.equals(m.aboutId)));
    }

    @Test
    void aSimplifiedReviewMailsNobody() {
        String requirement = UUID.randomUUID().toString();
        String review = Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement,
                1, Reviews.facts(requirement, 1, false, "ERP_ORDER", "900", "", "", false, null, false)));
        assertEquals(List.of(), mails(review, ""));
    }

    @Test
    void anOverdueTaskRemindsItsDepartmentOnceThenGoesToItsManagerAndTheGeneralManagerOnce() {
        String review = openFullReview();
        Reviews.opinion(review, "QUALITY", "APPROVE");
        Reviews.opinion(review, "PRODUCTION", "APPROVE");

        // PROCUREMENT has 48 hours; the stored policy reminds at once and escalates 24 hours after the due time
        clock.advance(Duration.ofHours(49));
        reviews.markOverdue();
        reviews.markOverdue();
        List<QueuedMail> reminders = mails(review, "review-task-reminder:");
        assertEquals(List.of("buy-box@plant.example"), reminders.stream().map(m -> m.recipient).toList(),
                "one reminder, to the one department that has not answered");
        assertEquals("review-task-reminder:" + review + ":PROCUREMENT", reminders.get(0).cause);
        assertEquals(List.of(), mails(review, "review-task-escalation:"));

        clock.advance(Duration.ofHours(24));
        reviews.markOverdue();
        reviews.markOverdue();
        List<QueuedMail> escalations = mails(review, "review-task-escalation:");
        assertEquals(List.of("general.manager" + DOMAIN, "he.buy" + DOMAIN),
                escalations.stream().map(m -> m.recipient).sorted().toList());
        escalations.forEach(ReviewTaskMailTest::assertComplete);
        assertEquals(1, mails(review, "review-task-reminder:").size());

        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).then()
                .body("tasks.find { it.department == 'PROCUREMENT' }.remindedAt", notNullValue())
                .body("tasks.find { it.department == 'PROCUREMENT' }.escalatedAt", notNullValue());
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history").then()
                .body("findAll { it.action == 'task reminder: PROCUREMENT' }.size()", equalTo(1))
                .body("findAll { it.action == 'task escalated: PROCUREMENT' }.size()", equalTo(1));
    }

    @Test
    void aDepartmentSignerHandsTheTaskToAColleagueWhoIsMailedAndTheHistoryAndStreamSayWho() {
        String review = openFullReview();
        delegate(review, "QUALITY", TestTokens.bearer("li.qa", "QUALITY"), "{\"to\": \"sun.qa\", \"reason\": \"knows the customer\"}")
                .statusCode(200)
                .body("tasks.find { it.department == 'QUALITY' }.assignee", equalTo("sun.qa"))
                .body("tasks.find { it.department == 'QUALITY' }.delegatedBy", equalTo("li.qa"))
                .body("tasks.find { it.department == 'QUALITY' }.delegatedAt", notNullValue())
                .body("tasks.find { it.department == 'QUALITY' }.delegationReason", equalTo("knows the customer"));

        List<QueuedMail> delegated = mails(review, "review-task-delegated:");
        assertEquals(List.of("sun.qa" + DOMAIN), delegated.stream().map(m -> m.recipient).toList());
        assertEquals("zh-CN", delegated.get(0).locale);
        assertTrue(delegated.get(0).bodyText.contains("li.qa") && delegated.get(0).bodyText.contains("knows the customer"));
        assertComplete(delegated.get(0));
        // and the relay sends it over real SMTP, as queued
        ReceivedMail received = SmtpTestServer.shared().await(m -> m.to().stream().anyMatch(to -> to.contains("sun.qa" + DOMAIN))
                && m.subject().equals(delegated.get(0).subject));
        assertEquals(delegated.get(0).messageId, received.messageId());

        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history").then()
                .body("find { it.action == 'task delegated: QUALITY' }.actor", equalTo("li.qa"));
        KafkaTestClient.readUntil(bootstrap, "accord.reviews", r -> review.equals(r.key())
                && r.value().contains("\"type\":\"accord.review.task-delegated\"")
                && new JsonObject(r.value()).getJsonObject("data").getString("assignee").equals("sun.qa"), Duration.ofSeconds(30));
        given().header("Authorization", Reviews.AUDITOR).queryParam("assignee", "sun.qa").queryParam("size", 200)
                .get("/api/v1/reviews").then().statusCode(200).body("items.id", hasItem(review));
        given().header("Authorization", Reviews.AUDITOR).queryParam("assignee", "nobody." + UUID.randomUUID())
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(0));

        // the department's manager, who holds no role of the department, hands it on
        delegate(review, "QUALITY", TestTokens.bearer("zhou.qm", "GENERAL_MANAGER"), "{\"to\": \"qian.qa\"}").statusCode(200)
                .body("tasks.find { it.department == 'QUALITY' }.assignee", equalTo("qian.qa"));
        assertEquals(2, mails(review, "review-task-delegated:").size());
    }

    @Test
    void aDelegationIsRefusedToOutsidersForOneselfForAnAnsweredTaskAndForATaskThereIsNot() {
        String review = openFullReview();
        String qualitySigner = TestTokens.bearer("li.qa", "QUALITY");
        // another department's signer, and a general manager who does not manage QUALITY
        delegate(review, "QUALITY", TestTokens.bearer("p", "PRODUCTION"), "{\"to\": \"sun.qa\"}").statusCode(403);
        delegate(review, "QUALITY", Reviews.GENERAL_MANAGER, "{\"to\": \"sun.qa\"}").statusCode(403);
        delegate(review, "QUALITY", Reviews.AUDITOR, "{\"to\": \"sun.qa\"}").statusCode(403);
        delegate(review, "QUALITY", qualitySigner, "{}").statusCode(400).body("violations.field", hasItem("to"));
        delegate(review, "QUALITY", qualitySigner, "{\"to\": \"li.qa\"}").statusCode(400).body("violations.field", hasItem("to"));
        // a department the review does not require, one the directory does not know, a review that does not exist
        delegate(review, "LEGAL", TestTokens.bearer("l", "LEGAL"), "{\"to\": \"x\"}").statusCode(404);
        delegate(review, "NO_SUCH_DEPT", qualitySigner, "{\"to\": \"x\"}").statusCode(404);
        delegate(UUID.randomUUID().toString(), "QUALITY", qualitySigner, "{\"to\": \"x\"}").statusCode(404);

        Reviews.opinion(review, "QUALITY", "APPROVE");
        delegate(review, "QUALITY", qualitySigner, "{\"to\": \"sun.qa\"}").statusCode(409);
        Reviews.opinion(review, "PRODUCTION", "APPROVE");
        Reviews.opinion(review, "PROCUREMENT", "APPROVE");
        Reviews.consolidate(review);
        delegate(review, "PRODUCTION", TestTokens.bearer("p", "PRODUCTION"), "{\"to\": \"x\"}").statusCode(409)
                .body("currentState", equalTo("CONSOLIDATED"));
        assertEquals(List.of(), mails(review, "review-task-delegated:"));
    }

    @Test
    void thePolicysEscalationThresholdsAreShownAndValidated() {
        given().header("Authorization", ADMIN).get("/api/v1/review-policy").then().statusCode(200)
                .body("rules.escalation.remindAfterHours", equalTo(0)).body("rules.escalation.escalateAfterHours", equalTo(24));
        JsonObject rules = new JsonObject(given().header("Authorization", ADMIN).get("/api/v1/review-policy").asString())
                .getJsonObject("rules");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(rules.copy().put("escalation", Map.of("remindAfterHours", 24, "escalateAfterHours", 8)).encode())
                .put("/api/v1/review-policy").then().statusCode(400)
                .body("violations.field", hasItem("escalation.escalateAfterHours"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(rules.copy().put("escalation", Map.of("remindAfterHours", -1, "escalateAfterHours", 8)).encode())
                .put("/api/v1/review-policy").then().statusCode(400)
                .body("violations.field", hasItem("escalation.remindAfterHours"));
    }

    private String openFullReview() {
        String requirement = UUID.randomUUID().toString();
        return Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1,
                Reviews.facts(requirement, 1, true, "ORDER", "900", "", "", false, null, false)));
    }

    private static ValidatableResponse delegate(String review, String department, String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reviews/" + review + "/tasks/" + department + "/delegation").then();
    }

    private static void department(String code, String zh, String en, String mailbox, String manager, String language) {
        JsonObject body = new JsonObject().put("names", new JsonObject().put("zh-CN", zh).put("en", en))
                .put("signingRole", code).put("mailbox", mailbox).put("manager", manager).put("language", language);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body.encode())
                .put("/api/v1/departments/" + code).then().statusCode(200).body("language", equalTo(language));
    }

    /** The review's queued mails whose cause starts with {@code cause}, oldest first. */
    static List<QueuedMail> mails(String review, String cause) {
        return QuarkusTransaction.requiringNew().call(() -> QueuedMail.<QueuedMail>list(
                "aboutType = 'review' and aboutId = ?1 and cause like ?2 order by id", review, cause + "%"));
    }

    private static Map<String, QueuedMail> byRecipient(List<QueuedMail> mails) {
        return mails.stream().collect(Collectors.toMap(m -> m.recipient, m -> m));
    }

    /** Every value was there to fill in: nothing of the template's syntax is left. */
    static void assertComplete(QueuedMail mail) {
        assertFalse(mail.subject.isBlank() || mail.bodyText.isBlank(), mail.cause);
        assertFalse(mail.subject.contains("{") || mail.bodyText.contains("{"), mail.subject + "\n" + mail.bodyText);
        assertFalse(mail.bodyText.contains("NOT_FOUND"), mail.bodyText);
    }
}
