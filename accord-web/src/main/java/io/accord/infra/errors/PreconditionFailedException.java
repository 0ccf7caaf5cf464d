package io.accord.infra.errors;

public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
