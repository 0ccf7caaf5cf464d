package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/** The request collides with existing data (a duplicate unique key, a concurrent change). */
public class ConflictException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.conflict");

    public ConflictException(Text detail) {
        super(TITLE, detail);
    }

    /** The old way: an English sentence, the same in every language (see {@link DomainException}). */
    public ConflictException(String message) {
        super(TITLE, Text.literal(message));
    }

    @Override
    public int status() {
        return 409;
    }
}
