package io.accord.requirements;

/**
 * Why the customer refused a delivery, as the complaint it opens is categorised: {@code QUALITY}, the goods fail the
 * item's acceptance criteria (the default: refusal at acceptance inspection is about the product far more often);
 * {@code DELIVERY}, late, to the wrong place, damaged in transport, short or without its papers.
 */
public enum RejectionCategory { QUALITY, DELIVERY }
