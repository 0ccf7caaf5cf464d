package io.accord.review;

public enum Verdict {
    APPROVE, APPROVE_WITH_CONDITIONS, REJECT
}
