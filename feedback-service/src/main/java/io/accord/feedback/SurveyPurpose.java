package io.accord.feedback;

/** What a survey is for; the newest survey of a purpose is the one sent on that occasion. */
public enum SurveyPurpose { GENERAL, DELIVERY, COMPLAINT_HANDLING }
