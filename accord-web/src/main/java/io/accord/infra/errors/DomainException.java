package io.accord.infra.errors;

/** A refusal the domain states on purpose; each subclass maps to one status of the API's error table. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    public abstract int status();

    public abstract String title();
}
