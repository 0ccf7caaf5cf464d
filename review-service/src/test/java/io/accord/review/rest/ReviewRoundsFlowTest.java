package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Review rounds and meetings through the service's API and the real broker: a revision sent back for clarification and
 * submitted again with its clarification gets its next round, once, whose record shows the clarification and the
 * earlier round; a review held as a meeting shows it, in its record too.
 */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewRoundsFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRevisionSubmittedAgainAfterClarificationGetsItsNextRoundOnce() throws IOException {
        String requirement = UUID.randomUUID().toString();
        String first = Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.submittedEvent(requirement, 1, "", false));
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            Reviews.opinion(first, department, "APPROVE");
        }
        Reviews.consolidate(first);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"CLARIFICATION_REQUIRED\", \"comment\": \"where is it delivered?\"}")
                .post("/api/v1/reviews/" + first + "/decision").then().statusCode(200);

        // the same submission published twice (two events): one round opens
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, resubmitted(requirement, "delivered to the Wuxi warehouse"));
        KafkaTestClient.send(bootstrap, "accord.requirements", requirement, resubmitted(requirement, "delivered to the Wuxi warehouse"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Reviews.AUDITOR)
                .queryParam("requirementId", requirement).get("/api/v1/reviews").then().body("total", equalTo(2)));
        String second = given().header("Authorization", Reviews.AUDITOR).queryParam("requirementId", requirement)
                .get("/api/v1/reviews").path("items.find { it.round == 2 }.id");

        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + second).then().statusCode(200)
                .body("status", equalTo("OPEN"), "requirementRevision", equalTo(1), "round", equalTo(2),
                        "clarification.text", equalTo("delivered to the Wuxi warehouse"), "clarification.by", equalTo("li.na"),
                        "opinions", hasSize(0), "missingOpinions", hasSize(3), "form", equalTo("COUNTERSIGNATURE"),
                        "earlierRounds", hasSize(1), "earlierRounds[0].reviewId", equalTo(first),
                        "earlierRounds[0].status", equalTo("CLARIFICATION_REQUIRED"),
                        "earlierRounds[0].opinions.department", equalTo(List.of("QUALITY", "PRODUCTION", "PROCUREMENT")),
                        "earlierRounds[0].opinions[0].source", equalTo("COUNTERSIGNATURE"),
                        "earlierRounds[0].decision.comment", equalTo("where is it delivered?"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + first).then()
                .body("status", equalTo("CLARIFICATION_REQUIRED"), "nextRound", equalTo(second), "round", equalTo(1),
                        "clarification", nullValue());
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + second + "/history").then()
                .body("action", equalTo(List.of("opened", "round 2 after clarification")));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + first + "/history/verification").then()
                .body("intact", equalTo(true));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + first + "/record").then()
                .body("intact", equalTo(true));

        // round 2 decided: its frozen record shows the clarification and round 1's signed opinions and decision
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            Reviews.opinion(second, department, "APPROVE");
        }
        Reviews.consolidate(second);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON).body("{\"decision\": \"APPROVED\"}")
                .post("/api/v1/reviews/" + second + "/decision").then().statusCode(200);
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + second + "/record").then().statusCode(200)
                .body("intact", equalTo(true), "content.round", equalTo(2),
                        "content.clarification.text", equalTo("delivered to the Wuxi warehouse"),
                        "content.clarification.by", equalTo("li.na"), "content.form", equalTo("COUNTERSIGNATURE"),
                        "content.earlierRounds", hasSize(1), "content.earlierRounds[0].round", equalTo(1),
                        "content.earlierRounds[0].status", equalTo("CLARIFICATION_REQUIRED"),
                        "content.earlierRounds[0].opinions.department", equalTo(List.of("QUALITY", "PRODUCTION", "PROCUREMENT")),
                        "content.earlierRounds[0].opinions[0].signature.meaning", equalTo("REVIEWED"),
                        "content.earlierRounds[0].decision.comment", equalTo("where is it delivered?"),
                        "content.earlierRounds[0].decision.signature.meaning", equalTo("RETURNED_FOR_CLARIFICATION"),
                        "departments.QUALITY.zh-CN", equalTo("质量部"));
        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "zh-CN")
                .get("/api/v1/reviews/" + second + "/record").then().statusCode(200)
                .body(containsString("本轮评审依据的澄清"), containsString("delivered to the Wuxi warehouse"),
                        containsString("以往各轮评审"), containsString("第 1 轮（版次 1）"), containsString("需澄清"),
                        containsString("where is it delivered?"), containsString("退回澄清"), containsString("生产部"));
        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "en")
                .get("/api/v1/reviews/" + second + "/record").then().statusCode(200)
                .body(containsString("Earlier rounds"), containsString("Round 1 (revision 1)"),
                        containsString("Returned for clarification"), containsString("Procurement"));
        byte[] pdf = given().header("Authorization", Reviews.AUDITOR).accept("application/pdf").header("Accept-Language", "zh-CN")
                .get("/api/v1/reviews/" + second + "/record").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("以往各轮评审") && text.contains("where is it delivered?")
                    && text.contains("delivered to the Wuxi warehouse"), text);
        }
    }

    @Test
    void aReviewHeldAsAMeetingShowsTheMeetingAndWhichOpinionsWereGivenThere() {
        String review = Reviews.openReview(bootstrap);
        // held as the review opened (the service's clock is the tests' MutableClock, wherever other tests moved it)
        String heldAt = given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).path("openedAt");
        String meeting = """
                {"heldAt": "%s", "attendees": [{"department": "QUALITY", "name": "刘静"}, {"department": "PRODUCTION", "name": "赵强"}],
                 "minutes": "评审会纪要", "opinions": [{"department": "QUALITY", "verdict": "APPROVE"},
                 {"department": "PRODUCTION", "verdict": "APPROVE_WITH_CONDITIONS", "conditions": ["加一个班次"]}]}
                """;

        given().header("Authorization", Reviews.AUDITOR).contentType(ContentType.JSON).body(meeting.formatted(heldAt))
                .post("/api/v1/reviews/" + review + "/meeting").then().statusCode(403);
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON)
                .body(meeting.formatted(heldAt).replace("\"PRODUCTION\", \"name\"", "\"LEGAL\", \"name\""))
                .post("/api/v1/reviews/" + review + "/meeting").then().statusCode(400)
                .body("violations[0].field", equalTo("attendees[1].department"));
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON)
                .body("{\"attendees\": [], \"minutes\": \" \"}")
                .post("/api/v1/reviews/" + review + "/meeting").then().statusCode(400)
                .body("violations.field", hasItems("heldAt", "attendees", "minutes"));
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body(meeting.formatted(heldAt))
                .post("/api/v1/reviews/" + review + "/meeting").then().statusCode(200)
                .body("form", equalTo("MEETING"), "meeting.minutes", equalTo("评审会纪要"), "meeting.recordedBy", equalTo("chen.sm"),
                        "meeting.attendees.name", equalTo(List.of("刘静", "赵强")),
                        "opinions.source", equalTo(List.of("MEETING", "MEETING")), "opinions[1].by", equalTo("赵强"),
                        "opinions[1].conditions", equalTo(List.of("加一个班次")), "missingOpinions", equalTo(List.of("PROCUREMENT")));

        Reviews.opinion(review, "PROCUREMENT", "APPROVE");
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review).then()
                .body("opinions.source", equalTo(List.of("MEETING", "MEETING", "COUNTERSIGNATURE")));
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body(meeting.formatted(heldAt))
                .post("/api/v1/reviews/" + review + "/meeting").then().statusCode(409).body("currentState", equalTo("OPEN"));
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.SALES_MANAGER).contentType(ContentType.JSON).body(meeting.formatted(heldAt))
                .post("/api/v1/reviews/" + review + "/meeting").then().statusCode(409).body("currentState", equalTo("CONSOLIDATED"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                .body("content.form", equalTo("MEETING"), "content.meeting.minutes", equalTo("评审会纪要"),
                        "content.meeting.attendees.department", equalTo(List.of("QUALITY", "PRODUCTION")),
                        "content.meeting.attendees.name", equalTo(List.of("刘静", "赵强")),
                        "content.meeting.recordedBy", equalTo("chen.sm"),
                        "content.opinions.source", equalTo(List.of("MEETING", "MEETING", "COUNTERSIGNATURE")));
        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "zh-CN")
                .get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                .body(containsString("评审会纪要"), containsString("参会人员"), containsString("质量部: 刘静"),
                        containsString("生产部: 赵强"), containsString("<td>会签</td>"), containsString("<td>评审会</td>"));
        given().header("Authorization", Reviews.AUDITOR).accept("text/html").header("Accept-Language", "en")
                .get("/api/v1/reviews/" + review + "/record").then().statusCode(200)
                .body(containsString("Review meeting"), containsString("Minutes"), containsString("Quality: 刘静"),
                        containsString("<td>Countersignature</td>"));
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/history").then()
                .body("action", equalTo(List.of("opened", "meeting recorded", "opinion recorded at the meeting: QUALITY",
                        "opinion recorded at the meeting: PRODUCTION", "opinion recorded: PROCUREMENT", "consolidated")));
    }

    /** requirement.submitted again for revision 1, with what was clarified. */
    private static String resubmitted(String requirement, String clarification) {
        String facts = Reviews.facts(requirement, 1, true, "ORDER", "1250.00", "\"STATED\"", "", false, null, false);
        return Reviews.event("requirement.submitted", requirement, 1, facts.substring(0, facts.length() - 1)
                + ",\"clarification\":{\"text\":\"%s\",\"by\":\"li.na\",\"at\":\"%s\"}}".formatted(clarification,
                OffsetDateTime.now()));
    }
}
