package io.accord.feedback.rest;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.testsupport.GarbageInput;
import io.accord.testsupport.KafkaTestClient;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class SurveyFlowTest {

    static final String SERVICE = TestTokens.bearer("xu.cs", "CUSTOMER_SERVICE");
    static final String AUDITOR = TestTokens.bearer("zhao.audit", "AUDITOR");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MutableClock clock;

    static String survey() {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                        {"title": "After delivery", "purpose": "DELIVERY", "questions": [
                          {"key": "quality", "text": "How satisfied are you with the product?", "type": "RATING_1_5", "dimension": "quality"},
                          {"key": "delivery", "text": "And with the delivery?", "type": "RATING_1_5", "dimension": "delivery"},
                          {"key": "recommend", "text": "Would you recommend us?", "type": "NPS_0_10"},
                          {"key": "comment", "text": "Anything else?", "type": "TEXT"},
                          {"key": "contact", "text": "How should we reach you?", "type": "CHOICE", "choices": ["email", "phone"]}]}
                        """).post("/api/v1/surveys").then().statusCode(201)
                .header("Location", startsWith("http")).body("purpose", equalTo("DELIVERY"))
                .body("questions.size()", equalTo(5)).body("questions[4].choices", equalTo(List.of("email", "phone")))
                .extract().path("id");
    }

    static JsonPath invite(String survey, UUID customer) {
        return given().header("Authorization", SERVICE).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"context\": \"requirement:R-1\"}".formatted(customer))
                .post("/api/v1/surveys/" + survey + "/invitations").then().statusCode(201)
                .header("Cache-Control", "no-store").body("status", equalTo("SENT")).body("token", startsWith("svy_"))
                .extract().jsonPath();
    }

    static void answer(String token, int quality, int delivery, int recommend) {
        given().contentType(ContentType.JSON).body("""
                {"token": "%s", "answers": [{"key": "quality", "value": %d}, {"key": "delivery", "value": %d},
                 {"key": "recommend", "value": %d}, {"key": "comment", "value": "fine"}, {"key": "contact", "value": "email"}]}
                """.formatted(token, quality, delivery, recommend)).post("/api/v1/survey-responses")
                .then().statusCode(201).body("answers", equalTo(5));
    }

    @Test
    void aCustomerAnswersOnceByTokenAndTheInvitationRecordsIt() {
        String survey = survey();
        UUID customer = UUID.randomUUID();
        JsonPath invitation = invite(survey, customer);
        String token = invitation.getString("token");
        String invitationId = invitation.getString("id");

        answer(token, 5, 4, 9);
        given().contentType(ContentType.JSON).body("{\"token\": \"%s\", \"answers\": [{\"key\": \"quality\", \"value\": 1}]}".formatted(token))
                .post("/api/v1/survey-responses").then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("RESPONDED"));
        given().contentType(ContentType.JSON).body("{\"token\": \"svy_unknown\", \"answers\": [{\"key\": \"quality\", \"value\": 1}]}")
                .post("/api/v1/survey-responses").then().statusCode(404).contentType("application/problem+json");

        given().header("Authorization", AUDITOR).get("/api/v1/surveys/" + survey + "/invitations/" + invitationId)
                .then().statusCode(200).body("status", equalTo("RESPONDED")).body("token", nullValue());
        given().header("Authorization", AUDITOR).get("/api/v1/surveys/" + survey + "/invitations/" + invitationId + "/history")
                .then().statusCode(200).body("action", equalTo(List.of("sent", "responded")))
                .body("[1].actor", equalTo("customer:" + customer));

        var events = KafkaTestClient.readUntil(bootstrap, FeedbackEventTypes.TOPIC, r -> invitationId.equals(r.key())
                && r.value().contains("\"type\":\"accord.survey.responded\""), Duration.ofSeconds(30));
        assertFalse(events.stream().anyMatch(r -> r.value().contains(token)), "the token never travels in an event");
    }

    @Test
    void answersAreCheckedAgainstTheQuestions() {
        String token = invite(survey(), UUID.randomUUID()).getString("token");
        for (String[] bad : new String[][]{
                {"{\"key\": \"quality\", \"value\": 7}", "answers[0].value"},
                {"{\"key\": \"quality\", \"value\": 4294967301}", "answers[0].value"},
                {"{\"key\": \"recommend\", \"value\": 4.5}", "answers[0].value"},
                {"{\"key\": \"contact\", \"value\": \"pigeon\"}", "answers[0].value"},
                {"{\"key\": \"comment\", \"value\": 3}", "answers[0].value"},
                {"{\"key\": \"colour\", \"value\": 3}", "answers[0].key"}}) {
            given().contentType(ContentType.JSON).body("{\"token\": \"%s\", \"answers\": [%s]}".formatted(token, bad[0]))
                    .post("/api/v1/survey-responses").then().statusCode(400).body("violations.field", hasItem(bad[1]));
        }
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"%s\", \"answers\": [{\"key\": \"quality\", \"value\": 3}, {\"key\": \"quality\", \"value\": 4}]}".formatted(token))
                .post("/api/v1/survey-responses").then().statusCode(400).body("violations.field", hasItem("answers[1].key"));
        // none of that used the invitation up
        answer(token, 3, 3, 7);
    }

    @Test
    void surveysThatMakeNoSenseAreRefused() {
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                {"title": "x", "questions": [{"key": "a", "text": "A?", "type": "RATING_1_5"}, {"key": "a", "text": "A again?", "type": "TEXT"}]}
                """).post("/api/v1/surveys").then().statusCode(400).body("violations.field", hasItem("questions[1].key"));
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("""
                {"title": "x", "questions": [{"key": "pick", "text": "Pick", "type": "CHOICE", "choices": ["only"]}]}
                """).post("/api/v1/surveys").then().statusCode(400).body("violations.field", hasItem("questions[0].choices"));
        given().header("Authorization", SERVICE).contentType(ContentType.JSON).body("{\"title\": \"x\", \"questions\": []}")
                .post("/api/v1/surveys").then().statusCode(400).body("violations.field", hasItem("questions"));
        given().header("Authorization", TestTokens.bearer("li.na", "SALES")).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"questions\": [{\"key\": \"a\", \"text\": \"A?\", \"type\": \"TEXT\"}]}")
                .post("/api/v1/surveys").then().statusCode(403);
    }

    @Test
    void anInvitationCanBeAnsweredUntilItExpiresAndNotAfter() {
        String survey = survey();
        JsonPath lastDay = invite(survey, UUID.randomUUID());
        JsonPath tooLate = invite(survey, UUID.randomUUID());
        try {
            clock.advance(Duration.ofDays(30).minusMinutes(1)); // invitations are valid for 30 days
            answer(lastDay.getString("token"), 4, 4, 8);
            clock.advance(Duration.ofMinutes(2));
            given().header("Authorization", AUDITOR).get("/api/v1/surveys/" + survey + "/invitations/" + tooLate.getString("id"))
                    .then().statusCode(200).body("status", equalTo("EXPIRED"));
            given().contentType(ContentType.JSON)
                    .body("{\"token\": \"%s\", \"answers\": [{\"key\": \"quality\", \"value\": 4}]}".formatted(tooLate.getString("token")))
                    .post("/api/v1/survey-responses").then().statusCode(409).body("currentState", equalTo("EXPIRED"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void tenAnswersAtOnceWithOneTokenMakeOneResponse() throws Exception {
        String token = invite(survey(), UUID.randomUUID()).getString("token");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> given().contentType(ContentType.JSON)
                    .body("{\"token\": \"%s\", \"answers\": [{\"key\": \"quality\", \"value\": 5}]}".formatted(token))
                    .post("/api/v1/survey-responses").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(posts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void satisfactionIsCsatAndNpsOverallPerDimensionAndOverTime() {
        String survey = survey();
        UUID customer = UUID.randomUUID();
        answer(invite(survey, customer).getString("token"), 5, 3, 10);
        answer(invite(survey, customer).getString("token"), 4, 2, 8);
        answer(invite(survey, customer).getString("token"), 2, 5, 3);
        invite(survey, customer); // not answered: not a response

        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).get("/api/v1/satisfaction/summary")
                .then().statusCode(200).body("responses", equalTo(3))
                // six ratings, three of them 4 or 5; one promoter, one passive, one detractor
                .body("csat", equalTo(50.0f)).body("nps", equalTo(0.0f))
                .body("byDimension.quality.csat", equalTo(66.7f)).body("byDimension.quality.averageRating", equalTo(3.7f))
                .body("byDimension.delivery.csat", equalTo(33.3f)).body("byDimension.delivery.ratingAnswers", equalTo(3));
        given().header("Authorization", AUDITOR).queryParam("customerId", UUID.randomUUID().toString())
                .get("/api/v1/satisfaction/summary").then().statusCode(200)
                .body("responses", equalTo(0)).body("csat", nullValue()).body("nps", nullValue());

        LocalDate today = LocalDate.now(clock);
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("interval", "month")
                .get("/api/v1/satisfaction/trend").then().statusCode(200).body("interval", equalTo("month"))
                .body("points.size()", equalTo(1))
                .body("points[0].period", equalTo("%d-%02d".formatted(today.getYear(), today.getMonthValue())))
                .body("points[0].responses", equalTo(3)).body("points[0].csat", equalTo(50.0f)).body("points[0].nps", equalTo(0.0f));
        given().header("Authorization", AUDITOR).queryParam("interval", "fortnight").get("/api/v1/satisfaction/trend")
                .then().statusCode(400).body("violations.field", hasItem("interval"));
        given().header("Authorization", TestTokens.machineBearer("erp", "orders:read", "orders:write"))
                .get("/api/v1/satisfaction/summary")
                .then().statusCode(403);
    }

    @Test
    void noSurveyEndpointAnswersGarbageWithA5xx() {
        String survey = survey();
        GarbageInput.assertNoServerErrors(TestTokens.bearer("root", "CUSTOMER_SERVICE", "AUDITOR"),
                List.of(new String[]{"POST", "/api/v1/surveys"}, new String[]{"POST", "/api/v1/surveys/" + survey + "/invitations"},
                        new String[]{"POST", "/api/v1/surveys/not-a-uuid/invitations"}, new String[]{"POST", "/api/v1/survey-responses"}),
                List.of("/api/v1/surveys/not-a-uuid", "/api/v1/surveys?purpose=NOPE", "/api/v1/satisfaction/summary?from=x",
                        "/api/v1/satisfaction/summary?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                        "/api/v1/satisfaction/trend?interval=", "/api/v1/surveys/" + survey + "/invitations/nope",
                        "/api/v1/surveys/" + survey + "/invitations?customerId=1"));
    }
}
