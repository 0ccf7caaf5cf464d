package io.accord.feedback.service;

import io.accord.feedback.Survey;
import io.accord.feedback.SurveyPurpose;

import java.util.List;

/** Create a survey template; its questions are checked (unique keys, choices only for CHOICE) before it is kept. */
public record CreateSurveyCommand(String title, SurveyPurpose purpose, List<Survey.Question> questions) {
}
