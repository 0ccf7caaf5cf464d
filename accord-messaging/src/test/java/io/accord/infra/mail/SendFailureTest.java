package io.accord.infra.mail;

import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a failed send means for the mail: failed for good, tried again, or waiting for the server. */
class SendFailureTest {

    @Test
    void aRecipientRefusedForGoodFailsTheMail() {
        SendFailure failure = SendFailure.of(new CompletionException(smtp(550, "550 5.1.1 No such user")));
        assertEquals(SendFailure.Kind.REFUSED, failure.kind());
        assertEquals("SMTP 550 5.1.1 No such user", failure.reason());
    }

    @Test
    void aRefusalForNowIsRetried() {
        assertEquals(SendFailure.Kind.DEFERRED, SendFailure.of(smtp(451, "451 4.7.1 greylisted, try later")).kind());
    }

    @Test
    void aRefusedLoginIsTheServersFaultNotTheRecipients() {
        SendFailure failure = SendFailure.of(smtp(535, "535 5.7.8 authentication failed"));
        assertEquals(SendFailure.Kind.UNREACHABLE, failure.kind(), "every mail would fail for a wrong password");
    }

    @Test
    void noConnectionIsUnreachable() {
        SendFailure failure = SendFailure.of(new CompletionException(new ConnectException("Connection refused")));
        assertEquals(SendFailure.Kind.UNREACHABLE, failure.kind());
        assertEquals("SMTP server not reachable: java.net.ConnectException: Connection refused", failure.reason());
    }

    @Test
    void aMalformedAddressFailsTheMail() {
        assertEquals(SendFailure.Kind.REFUSED, SendFailure.of(new IllegalArgumentException("invalid address")).kind());
    }

    private static SMTPException smtp(int code, String reply) {
        return new SMTPException("refused", code, List.of(reply), code >= 500);
    }
}
