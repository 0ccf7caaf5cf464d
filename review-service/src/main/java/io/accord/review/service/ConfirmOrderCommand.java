package io.accord.review.service;

/** The simplified review: how the order was confirmed with the customer, and the reference of that confirmation. */
public record ConfirmOrderCommand(String method, String reference) {
}
