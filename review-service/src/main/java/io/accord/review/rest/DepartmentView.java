package io.accord.review.rest;

import io.accord.review.DepartmentEntry;
import io.accord.review.DepartmentKind;
import io.accord.review.DepartmentNames;

import java.time.OffsetDateTime;

public record DepartmentView(String code, DepartmentNames names, DepartmentKind kind, String signingRole, String mailbox,
        String manager, String language, boolean active, String updatedBy, OffsetDateTime updatedAt, long version) {

    public static DepartmentView of(DepartmentEntry d) {
        return new DepartmentView(d.code, d.names(), d.kind, d.signingRole, d.mailbox, d.manager, d.language, d.active, d.updatedBy,
                d.updatedAt, d.version);
    }
}
