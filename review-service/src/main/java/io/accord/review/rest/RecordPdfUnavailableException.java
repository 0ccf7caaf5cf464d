package io.accord.review.rest;

import io.accord.infra.errors.DomainException;

/** The PDF record cannot be made here because its font is missing or unreadable: 503, naming the file and the setting. */
class RecordPdfUnavailableException extends DomainException {

    RecordPdfUnavailableException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "PDF record unavailable";
    }
}
