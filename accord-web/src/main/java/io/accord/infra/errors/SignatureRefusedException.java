package io.accord.infra.errors;

/** A signature asked of someone who never signs: a machine client, or no person at all. */
public class SignatureRefusedException extends DomainException {

    public SignatureRefusedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
