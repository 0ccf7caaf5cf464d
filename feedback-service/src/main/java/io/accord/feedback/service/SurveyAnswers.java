package io.accord.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.accord.feedback.QuestionType;
import io.accord.feedback.Survey;
import io.accord.feedback.SurveyResponse;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks answers against the survey's questions and keeps the scored ones where the satisfaction figures read them. */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    static List<SurveyResponse.Answer> check(Survey survey, List<RespondToSurveyCommand.Answer> bodies) {
        List<SurveyResponse.Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bodies.size(); i++) {
            RespondToSurveyCommand.Answer body = bodies.get(i);
            String field = "answers[" + i + "]";
            Survey.Question question = survey.question(body.key())
                    .orElseThrow(() -> new InvalidFieldException(field + ".key", Text.of("feedback.answer.no-question", body.key())));
            if (!seen.add(body.key())) {
                throw new InvalidFieldException(field + ".key", Text.of("feedback.answer.twice", body.key()));
            }
            answers.add(answer(question, body.value(), field + ".value"));
        }
        return answers;
    }

    private static SurveyResponse.Answer answer(Survey.Question q, JsonNode value, String field) {
        return switch (q.type()) {
            case RATING_1_5 -> new SurveyResponse.Answer(q.key(), q.type(), q.dimension(), score(value, 1, 5, field), null);
            case NPS_0_10 -> new SurveyResponse.Answer(q.key(), q.type(), q.dimension(), score(value, 0, 10, field), null);
            case TEXT -> {
                if (!value.isTextual() || value.asText().length() > 4000) {
                    throw new InvalidFieldException(field, Text.of("feedback.answer.text"));
                }
                yield new SurveyResponse.Answer(q.key(), q.type(), q.dimension(), null, value.asText());
            }
            case CHOICE -> {
                if (!value.isTextual() || !q.choices().contains(value.asText())) {
                    throw new InvalidFieldException(field, Text.of("feedback.answer.choice", q.choices()));
                }
                yield new SurveyResponse.Answer(q.key(), q.type(), q.dimension(), null, value.asText());
            }
        };
    }

    private static int score(JsonNode value, int min, int max, String field) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new InvalidFieldException(field, Text.of("feedback.answer.number", min, max));
        }
        return value.asInt();
    }

    /** One row per scored answer, in the response's transaction. */
    static void storeScores(SurveyResponse response) {
        for (SurveyResponse.Answer answer : response.answers) {
            if (answer.score() != null && (answer.type() == QuestionType.RATING_1_5 || answer.type() == QuestionType.NPS_0_10)) {
                SurveyResponse.getEntityManager().createNativeQuery("""
                                insert into survey_answer (response_id, question_key, question_type, dimension, score, customer_id,
                                    responded_at, staff_issued)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                        .setParameter(1, response.id).setParameter(2, answer.key()).setParameter(3, answer.type().name())
                        .setParameter(4, answer.dimension()).setParameter(5, answer.score()).setParameter(6, response.customerId)
                        .setParameter(7, response.respondedAt).setParameter(8, response.staffIssued).executeUpdate();
            }
        }
    }
}
