package io.accord.requirements.rest;

import io.accord.requirements.service.SubmitRequirementCommand;
import jakarta.validation.constraints.Size;

/** The optional body of a submission: what was clarified, when the review asked for clarification. */
public record SubmissionRequest(@Size(max = 4000) String clarification) {

    public SubmitRequirementCommand toCommand() {
        return new SubmitRequirementCommand(clarification);
    }
}
