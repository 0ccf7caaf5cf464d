package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/** A signature asked of someone who never signs: a machine client, or no person at all. */
public class SignatureRefusedException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.forbidden");

    public SignatureRefusedException(Text detail) {
        super(TITLE, detail);
    }

    /** The old way: an English sentence, the same in every language (see {@link DomainException}). */
    public SignatureRefusedException(String message) {
        this(Text.literal(message));
    }

    @Override
    public int status() {
        return 403;
    }

}
