package io.accord.feedback;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A survey template keeps the questions it was created with; answers find their question by key. */
class SurveyTest {

    @Test
    void aQuestionIsFoundByItsKeyAndOnlyByIt() {
        Survey.Question quality = new Survey.Question("quality", "How good?", QuestionType.RATING_1_5, "product", null);
        Survey survey = Survey.create("After delivery", SurveyPurpose.DELIVERY, List.of(quality,
                new Survey.Question("why", "Why?", QuestionType.TEXT, null, null)), "xu.cs", OffsetDateTime.parse("2026-03-02T09:00:00Z"));

        assertEquals(Optional.of(quality), survey.question("quality"));
        assertEquals(Optional.empty(), survey.question("Quality"));
        assertEquals(Optional.empty(), survey.question("price"));
    }

    @Test
    void laterChangesToTheListItWasCreatedFromDoNotReachTheSurvey() {
        List<Survey.Question> questions = new ArrayList<>(List.of(
                new Survey.Question("quality", "How good?", QuestionType.RATING_1_5, "product", null)));
        Survey survey = Survey.create("After delivery", SurveyPurpose.DELIVERY, questions, "xu.cs",
                OffsetDateTime.parse("2026-03-02T09:00:00Z"));

        questions.add(new Survey.Question("why", "Why?", QuestionType.TEXT, null, null));

        assertEquals(1, survey.questions.size());
        assertEquals(Optional.empty(), survey.question("why"));
    }
}
