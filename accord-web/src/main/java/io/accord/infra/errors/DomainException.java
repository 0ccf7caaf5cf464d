package io.accord.infra.errors;

import io.accord.infra.i18n.Text;

/**
 * A refusal the domain states on purpose; each subclass maps to one status of the API's error table. It carries a
 * title and a detail as message keys with their arguments ({@link Text}), rendered in the reader's language when the
 * problem is written; the exception's own message is the English detail, for logs. The constructors taking a plain
 * sentence (and a subclass overriding {@link #title()} with one) are the old way, kept so that code not yet given keys
 * compiles and answers (in English, whatever the language asked for).
 */
public abstract class DomainException extends RuntimeException {

    private final transient Text title;
    private final transient Text detail;

    protected DomainException(String message) {
        this(null, Text.literal(message));
    }

    protected DomainException(Text detail) {
        this(null, detail);
    }

    protected DomainException(Text title, Text detail) {
        super(detail.english(), null, false, false);
        this.title = title;
        this.detail = detail;
    }

    public Text detail() {
        return detail;
    }

    public abstract int status();

    /** The English title. */
    public String title() {
        return title == null ? "Error" : title.english();
    }

    public Text titleText() {
        return title != null ? title : Text.literal(title());
    }
}
