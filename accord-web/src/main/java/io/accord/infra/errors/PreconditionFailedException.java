package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

public class PreconditionFailedException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.precondition");

    public PreconditionFailedException(Text detail) {
        super(TITLE, detail);
    }

    /** The old way: an English sentence, the same in every language (see {@link DomainException}). */
    public PreconditionFailedException(String message) {
        super(TITLE, Text.literal(message));
    }

    @Override
    public int status() {
        return 412;
    }
}
