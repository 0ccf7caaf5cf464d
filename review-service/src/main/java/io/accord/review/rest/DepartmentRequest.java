package io.accord.review.rest;

import io.accord.review.DepartmentEntry;
import io.accord.review.DepartmentKind;
import io.accord.review.DepartmentNames;
import io.accord.review.service.PutDepartmentCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A department's whole entry ({@code PUT} replaces it). {@code kind} defaults to {@code FUNCTIONAL}, {@code active} to
 * true; {@code signingRole} is the JWT group whose holders sign the department's opinions; {@code manager} a user id
 * (or an address); {@code language} the language of its mail ({@code zh-CN} or {@code en}; absent: the suite's default).
 */
public record DepartmentRequest(@NotNull @Valid DepartmentNames names, DepartmentKind kind,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be a role name: capital letters, digits or _")
        String signingRole,
        @Email @Size(max = 254) String mailbox, @Size(max = 255) String manager,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language, Boolean active) {

    public PutDepartmentCommand toCommand(String code) {
        return new PutDepartmentCommand(code, new DepartmentEntry.Details(names, kind == null ? DepartmentKind.FUNCTIONAL : kind,
                signingRole, mailbox, manager, language, active == null || active));
    }
}
