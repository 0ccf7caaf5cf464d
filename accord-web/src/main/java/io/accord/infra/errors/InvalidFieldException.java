package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

import java.util.List;
import java.util.Locale;

/** A rule over several fields that bean validation cannot express; answered like any validation failure. */
public class InvalidFieldException extends DomainException {

    private static final Text TITLE = Text.of("problem.title.invalid");

    private final String field;
    private final Text message;

    public InvalidFieldException(String field, Text message) {
        super(TITLE, Text.of("problem.detail.invalid-field", field, message));
        this.field = field;
        this.message = message;
    }

    /** The old way: the message as an English sentence. */
    public InvalidFieldException(String field, String message) {
        this(field, Text.literal(message));
    }

    @Override
    public int status() {
        return 400;
    }

    public String field() {
        return field;
    }

    public Text message() {
        return message;
    }

    /** The violation in English. */
    public List<Problem.Violation> violations() {
        return violations(Locale.ENGLISH);
    }

    public List<Problem.Violation> violations(Locale locale) {
        return List.of(new Problem.Violation(field, message.in(locale)));
    }
}
