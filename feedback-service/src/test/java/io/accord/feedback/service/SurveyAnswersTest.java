package io.accord.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.accord.feedback.QuestionType;
import io.accord.feedback.Survey;
import io.accord.feedback.SurveyPurpose;
import io.accord.feedback.SurveyResponse;
import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A customer's answers checked against the survey's questions: each value fits its question's type, once per question. */
class SurveyAnswersTest {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static final Survey SURVEY = Survey.create("After delivery", SurveyPurpose.DELIVERY, List.of(
            new Survey.Question("quality", "How good was the product?", QuestionType.RATING_1_5, "product", null),
            new Survey.Question("recommend", "Would you recommend us?", QuestionType.NPS_0_10, null, null),
            new Survey.Question("why", "Why?", QuestionType.TEXT, null, null),
            new Survey.Question("channel", "How did you order?", QuestionType.CHOICE, null, List.of("phone", "web"))),
            "xu.cs", OffsetDateTime.parse("2026-03-02T09:00:00Z"));

    static RespondToSurveyCommand.Answer answer(String key, JsonNode value) {
        return new RespondToSurveyCommand.Answer(key, value);
    }

    static InvalidFieldException refused(RespondToSurveyCommand.Answer... answers) {
        return assertThrows(InvalidFieldException.class, () -> SurveyAnswers.check(SURVEY, List.of(answers)));
    }

    static String field(InvalidFieldException e) {
        return e.violations().get(0).field();
    }

    @Test
    void fittingAnswersAreKeptWithTheirQuestionsTypeAndDimension() {
        List<SurveyResponse.Answer> kept = SurveyAnswers.check(SURVEY, List.of(answer("quality", JSON.numberNode(4)),
                answer("recommend", JSON.numberNode(0)), answer("why", JSON.textNode("fast delivery")),
                answer("channel", JSON.textNode("web"))));

        assertEquals(List.of(new SurveyResponse.Answer("quality", QuestionType.RATING_1_5, "product", 4, null),
                new SurveyResponse.Answer("recommend", QuestionType.NPS_0_10, null, 0, null),
                new SurveyResponse.Answer("why", QuestionType.TEXT, null, null, "fast delivery"),
                new SurveyResponse.Answer("channel", QuestionType.CHOICE, null, null, "web")), kept);
    }

    @Test
    void questionsMayBeLeftUnanswered() {
        assertEquals(1, SurveyAnswers.check(SURVEY, List.of(answer("recommend", JSON.numberNode(10)))).size());
    }

    @Test
    void scoresAreWholeNumbersWithinTheirScale() {
        assertEquals(1, SurveyAnswers.check(SURVEY, List.of(answer("quality", JSON.numberNode(1)))).get(0).score());
        assertEquals(5, SurveyAnswers.check(SURVEY, List.of(answer("quality", JSON.numberNode(5)))).get(0).score());
        for (JsonNode outOfScale : List.of(JSON.numberNode(0), JSON.numberNode(6), JSON.numberNode(new BigDecimal("4.5")),
                JSON.numberNode(4.0), JSON.textNode("4"), JSON.nullNode(), JSON.numberNode(4_000_000_000L))) {
            InvalidFieldException e = refused(answer("quality", outOfScale));
            assertEquals("answers[0].value", field(e), outOfScale.toString());
            assertEquals("a whole number from 1 to 5", e.violations().get(0).message());
        }
        assertEquals(10, SurveyAnswers.check(SURVEY, List.of(answer("recommend", JSON.numberNode(10)))).get(0).score());
        assertEquals("a whole number from 0 to 10", refused(answer("recommend", JSON.numberNode(11))).violations().get(0).message());
        refused(answer("recommend", JSON.numberNode(-1)));
    }

    @Test
    void aTextIsTextOfAtMost4000Characters() {
        assertEquals("x".repeat(4000), SurveyAnswers.check(SURVEY, List.of(answer("why", JSON.textNode("x".repeat(4000)))))
                .get(0).text());
        refused(answer("why", JSON.textNode("x".repeat(4001))));
        refused(answer("why", JSON.numberNode(3)));
        assertEquals("a text of at most 4000 characters", refused(answer("why", JSON.nullNode())).violations().get(0).message());
    }

    @Test
    void aChoiceIsOneOfTheQuestionsChoicesExactly() {
        assertEquals("one of [phone, web]", refused(answer("channel", JSON.textNode("fax"))).violations().get(0).message());
        refused(answer("channel", JSON.textNode("Web")));
        refused(answer("channel", JSON.numberNode(1)));
    }

    @Test
    void anAnswerToNoQuestionOfTheSurveyIsRefusedByItsPlace() {
        InvalidFieldException e = refused(answer("quality", JSON.numberNode(4)), answer("price", JSON.numberNode(4)));

        assertEquals("answers[1].key", field(e));
        assertEquals("the survey has no question 'price'", e.violations().get(0).message());
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        InvalidFieldException e = refused(answer("quality", JSON.numberNode(4)), answer("why", JSON.textNode("ok")),
                answer("quality", JSON.numberNode(2)));

        assertEquals("answers[2].key", field(e));
        assertEquals("'quality' is answered twice", e.violations().get(0).message());
    }
}
