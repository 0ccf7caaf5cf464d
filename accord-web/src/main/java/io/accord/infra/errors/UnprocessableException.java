package io.accord.infra.errors;

/** Well-formed, but refers to something that cannot be used (e.g. an unknown customer code). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unprocessable request";
    }
}
