package io.accord.complaint;

/** How the complaint reached the company; {@code FEEDBACK} for one opened from escalated negative feedback. */
public enum ComplaintChannel { PHONE, EMAIL, VISIT, ONLINE, SURVEY, LETTER, FEEDBACK, OTHER }
