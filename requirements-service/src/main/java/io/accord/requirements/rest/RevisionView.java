package io.accord.requirements.rest;

import io.accord.requirements.RequirementContent;
import io.accord.requirements.RequirementRevision;

import java.time.OffsetDateTime;
import java.util.List;

public record RevisionView(int revision, String reason, List<String> changedPaths, String createdBy,
        OffsetDateTime createdAt, RequirementContent content) {

    public static RevisionView of(RequirementRevision r) {
        return new RevisionView(r.revision, r.reason, r.changedPaths, r.createdBy, r.createdAt, r.content);
    }
}
