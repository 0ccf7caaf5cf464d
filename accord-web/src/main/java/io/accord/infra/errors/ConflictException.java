package io.accord.infra.errors;

/** The request collides with existing data (a duplicate unique key, a concurrent change). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
