package io.accord.infra.errors;

import java.time.Duration;

/**
 * A signature asked of a person whose sign-in is too old (or unknown): 401 with {@code reauthenticate: true} and the
 * step-up challenge of RFC 9470 ({@code WWW-Authenticate: Bearer error="insufficient_user_authentication",
 * max_age=…}), so a client knows to send its user through sign-in again rather than to refresh the token.
 */
public class ReauthenticationRequiredException extends DomainException {

    private final Duration maxAge;

    public ReauthenticationRequiredException(String message, Duration maxAge) {
        super(message);
        this.maxAge = maxAge;
    }

    /** How recent the new sign-in must be when the signature is tried again. */
    public Duration maxAge() {
        return maxAge;
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Reauthentication required";
    }
}
