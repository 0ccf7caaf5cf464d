package io.accord.review.service;

import io.accord.review.DepartmentEntry;

/** A department's entry as an administrator states it: created if the code is new, replaced otherwise. */
public record PutDepartmentCommand(String code, DepartmentEntry.Details details) {
}
