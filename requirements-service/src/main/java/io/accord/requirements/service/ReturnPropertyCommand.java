package io.accord.requirements.service;

/** Give customer property back: to whom, with which reference. */
public record ReturnPropertyCommand(String returnedTo, String reference, String note) {
}
