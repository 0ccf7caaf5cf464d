package io.accord.review.service;

/** What is done about an assessed risk, decided after its assessment. */
public record MitigateRiskCommand(String mitigation) {
}
