package io.accord.infra.events;

/** An incoming record that can never be applied; the consumer nacks it so it lands on the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
