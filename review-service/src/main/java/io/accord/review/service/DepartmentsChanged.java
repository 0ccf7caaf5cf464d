package io.accord.review.service;

/** Fired by a directory change; observed once the transaction committed (the signing roles are read again). */
public record DepartmentsChanged(String code) {
}
