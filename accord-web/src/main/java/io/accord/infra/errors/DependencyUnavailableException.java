package io.accord.infra.errors;

/**
 * Another service this request needs could not answer in time (down, or its circuit open): 503 with
 * {@code Retry-After}, as when the database is away. The request did nothing; the client retries it.
 */
public class DependencyUnavailableException extends DomainException {

    public DependencyUnavailableException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
