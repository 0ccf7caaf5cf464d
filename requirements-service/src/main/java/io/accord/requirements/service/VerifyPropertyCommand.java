package io.accord.requirements.service;

import io.accord.requirements.CustomerProperty;

/** Record the result of checking received customer property. */
public record VerifyPropertyCommand(CustomerProperty.VerificationResult result, String notes) {
}
