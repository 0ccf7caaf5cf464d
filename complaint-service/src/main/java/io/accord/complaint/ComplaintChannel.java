package io.accord.complaint;

/**
 * How the complaint reached the company; {@code FEEDBACK} for one opened from escalated negative feedback,
 * {@code ACCEPTANCE} for one opened from a delivery the customer refused at acceptance.
 */
public enum ComplaintChannel { PHONE, EMAIL, VISIT, ONLINE, SURVEY, LETTER, FEEDBACK, ACCEPTANCE, OTHER }
