package io.accord.requirements.rest;

import io.accord.requirements.CustomerProperty;
import io.accord.requirements.service.ReportIncidentCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/customer-property/{id}/incidents}: property lost, damaged or found unsuitable. */
public record IncidentRequest(@NotNull CustomerProperty.IncidentType type, @NotBlank @Size(max = 2000) String description) {

    ReportIncidentCommand toCommand() {
        return new ReportIncidentCommand(type, description);
    }
}
