package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/** 403 with a reason beyond the role table (e.g. only a department's own reviewer records its opinion). */
public class ForbiddenActionException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.forbidden");

    public ForbiddenActionException(Text detail) {
        super(TITLE, detail);
    }

    @Override
    public int status() {
        return 403;
    }
}
