package io.accord.requirements.service;

/** Record that the customer was told of an incident with its property: how, and the reference. */
public record RecordCustomerNoticeCommand(String method, String reference) {
}
