package io.accord.review.service;

import io.accord.review.Risk;

/** A risk of the work under review, scored likelihood × impact (1 to 5 each). */
public record AssessRiskCommand(Risk.Category category, int likelihood, int impact, String mitigation) {
}
