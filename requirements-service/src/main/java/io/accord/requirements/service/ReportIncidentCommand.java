package io.accord.requirements.service;

import io.accord.requirements.CustomerProperty;

/** Report customer property lost, damaged or found unsuitable. */
public record ReportIncidentCommand(CustomerProperty.IncidentType type, String description) {
}
