package io.accord.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * A clarification leads somewhere (PROCESS.md §3), through the gateway and the real broker: the general manager asks
 * for clarification, the record comes back to sales as CLARIFICATION_REQUESTED, sales submits it again with what the
 * customer clarified, the review-service opens round 2 of the same revision showing round 1's opinions and the
 * clarification, the departments review again (this time at a review meeting), and the approval accepts the record.
 */
class ClarificationRoundIT {

    private static final List<String> DEPARTMENTS = List.of("QUALITY", "PRODUCTION", "PROCUREMENT");
    private static final String CLARIFIED = "客户邮件确认：交货地点为无锡新区仓库，压力试验按 GB/T 3216";

    @BeforeAll
    static void suite() {
        RestAssured.baseURI = AccordSuite.gateway();
        RestAssured.port = -1;
    }

    @Test
    void aClarifiedRecordGetsANewReviewRoundAndIsApproved() {
        String sales = AccordSuite.token("li.na", "SALES");
        String salesManager = AccordSuite.token("chen.sm", "SALES_MANAGER");
        String gm = AccordSuite.token("wang.gm", "GENERAL_MANAGER");
        String auditor = AccordSuite.token("zhao.audit", "AUDITOR");
        String customer = AccordSuite.as(sales).contentType(ContentType.JSON)
                .body("{\"code\": \"CR-%s\", \"name\": \"Wuxi Valves\"}".formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String requirement = AccordSuite.as(sales).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "source": "ORDER", "title": "Valve bodies 2027",
                 "items": [{"productCode": "VB-80", "quantity": 100, "unit": "pcs", "unitPrice": "12.50", "currency": "CNY"}],
                 "delivery": {"dueDate": "%s", "place": "Wuxi"},
                 "requirements": [{"category": "STATED", "text": "pressure tested to 2 MPa"}]}
                """.formatted(customer, LocalDate.now().plusMonths(3)))
                .post("/api/v1/requirements").then().statusCode(201).extract().path("id");
        AccordSuite.as(sales).post("/api/v1/requirements/" + requirement + "/submission").then().statusCode(200);

        // round 1: every department signs, the sales manager consolidates, the general manager asks for clarification
        String first = awaitReview(auditor, requirement, 1);
        for (String department : DEPARTMENTS) {
            AccordSuite.as(AccordSuite.token(department.toLowerCase() + ".lead", department)).contentType(ContentType.JSON)
                    .body("{\"department\": \"%s\", \"verdict\": \"APPROVE\", \"comment\": \"round 1: able to meet it\"}"
                            .formatted(department))
                    .post("/api/v1/reviews/" + first + "/opinions").then().statusCode(200);
        }
        consolidate(salesManager, first);
        AccordSuite.as(gm).contentType(ContentType.JSON)
                .body("{\"decision\": \"CLARIFICATION_REQUIRED\", \"comment\": \"where exactly is it delivered, to which test standard?\"}")
                .post("/api/v1/reviews/" + first + "/decision").then().statusCode(200)
                .body("status", equalTo("CLARIFICATION_REQUIRED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement)
                .then().body("status", equalTo("CLARIFICATION_REQUESTED")));

        // back to review: refused without saying what was clarified, accepted with it, at the same revision
        AccordSuite.as(sales).post("/api/v1/requirements/" + requirement + "/submission").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("clarification"));
        AccordSuite.as(sales).contentType(ContentType.JSON).body("{\"clarification\": \"%s\"}".formatted(CLARIFIED))
                .post("/api/v1/requirements/" + requirement + "/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"), "revision", equalTo(1), "clarifications[0].text", equalTo(CLARIFIED));

        // round 2 opens and the record follows it; its reviewers see round 1's opinions, decision and the clarification
        String second = awaitReview(auditor, requirement, 2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement)
                .then().body("status", equalTo("UNDER_REVIEW"), "reviewId", equalTo(second)));
        String openedAt = AccordSuite.as(auditor).get("/api/v1/reviews/" + second).then().statusCode(200)
                .body("round", equalTo(2), "requirementRevision", equalTo(1), "status", equalTo("OPEN"),
                        "clarification.text", equalTo(CLARIFIED), "clarification.by", equalTo("li.na"),
                        "opinions", hasSize(0), "earlierRounds", hasSize(1), "earlierRounds[0].reviewId", equalTo(first),
                        "earlierRounds[0].opinions.department", equalTo(DEPARTMENTS),
                        "earlierRounds[0].opinions.comment", equalTo(List.of("round 1: able to meet it", "round 1: able to meet it",
                                "round 1: able to meet it")),
                        "earlierRounds[0].decision.decision", equalTo("CLARIFICATION_REQUIRED"))
                .extract().path("openedAt");
        AccordSuite.as(auditor).get("/api/v1/reviews/" + first).then().body("nextRound", equalTo(second));

        // round 2 is held as a review meeting (评审会); every department speaks there
        AccordSuite.as(salesManager).contentType(ContentType.JSON).body("""
                {"heldAt": "%s", "minutes": "二轮评审会：澄清内容逐项确认",
                 "attendees": [{"department": "QUALITY", "name": "刘静"}, {"department": "PRODUCTION", "name": "赵强"},
                               {"department": "PROCUREMENT", "name": "钱敏"}],
                 "opinions": [{"department": "QUALITY", "verdict": "APPROVE", "comment": "GB/T 3216 test capability confirmed"},
                              {"department": "PRODUCTION", "verdict": "APPROVE"}, {"department": "PROCUREMENT", "verdict": "APPROVE"}]}
                """.formatted(openedAt)).post("/api/v1/reviews/" + second + "/meeting").then().statusCode(200)
                .body("form", equalTo("MEETING"), "opinions.source", equalTo(List.of("MEETING", "MEETING", "MEETING")),
                        "missingOpinions", hasSize(0));
        consolidate(salesManager, second);
        AccordSuite.as(gm).contentType(ContentType.JSON).body("{\"decision\": \"APPROVED\", \"comment\": \"clarified, accepted\"}")
                .post("/api/v1/reviews/" + second + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement)
                .then().body("status", equalTo("ACCEPTED")));
        // the record's history tells both rounds apart; both reviews' chains and records are intact
        AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("captured", "submitted", "review opened", "review decided", "submitted",
                        "review opened", "review decided")),
                        "[4].detail", containsString(CLARIFIED), "[5].detail", containsString("\"round\":2"));
        AccordSuite.as(auditor).get("/api/v1/requirements/" + requirement + "/history/verification").then().body("intact", is(true));
        for (String review : List.of(first, second)) {
            AccordSuite.as(auditor).get("/api/v1/reviews/" + review + "/history/verification").then().body("intact", is(true));
            AccordSuite.as(auditor).get("/api/v1/reviews/" + review + "/record").then().statusCode(200).body("intact", is(true));
        }
    }

    /** Waits for round {@code round} of the requirement's review and returns its id. */
    private static String awaitReview(String auditor, String requirement, int round) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> AccordSuite.as(auditor).queryParam("requirementId", requirement)
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(round)));
        return AccordSuite.as(auditor).queryParam("requirementId", requirement).get("/api/v1/reviews")
                .path("items.find { it.round == " + round + " }.id");
    }

    private static void consolidate(String salesManager, String review) {
        AccordSuite.as(salesManager).contentType(ContentType.JSON)
                .body("{\"termsApplicable\": true, \"termsComplete\": true, \"termsClear\": true, \"discrepanciesResolved\": true}")
                .post("/api/v1/reviews/" + review + "/consolidation").then().statusCode(200);
    }
}
