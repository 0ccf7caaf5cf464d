package io.accord.review;

/** Reviewing departments (PROCESS.md §1.4); each name is also the role its reviewers hold. */
public enum Department {
    QUALITY, PRODUCTION, PROCUREMENT, TECHNICAL, FINANCE, LEGAL, SAFETY_ENV
}
