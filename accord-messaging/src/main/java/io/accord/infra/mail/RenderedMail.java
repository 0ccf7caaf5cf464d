package io.accord.infra.mail;

/** A mail's subject and bodies in the recipient's language; {@code html} is null when the template has no HTML form. */
public record RenderedMail(String subject, String text, String html) {
}
