package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/** Well-formed, but refers to something that cannot be used (e.g. an unknown customer code). */
public class UnprocessableException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.unprocessable");

    public UnprocessableException(Text detail) {
        super(TITLE, detail);
    }

    /** The old way: an English sentence, the same in every language (see {@link DomainException}). */
    public UnprocessableException(String message) {
        super(TITLE, Text.literal(message));
    }

    @Override
    public int status() {
        return 422;
    }
}
