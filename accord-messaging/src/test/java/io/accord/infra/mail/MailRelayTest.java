package io.accord.infra.mail;

import io.accord.testsupport.ReceivedMail;
import io.accord.testsupport.RejectingSmtpServer;
import io.accord.testsupport.SmtpTestServer;
import io.accord.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail outbox and relay against real SMTP (GreenMail, test-support {@link SmtpTestServer}) and real PostgreSQL: a
 * mail goes out once its transaction commits, never when it rolls back, once per cause, in the recipient's language;
 * an SMTP outage delays it and loses none; a refusal (550) fails it with the reason, counted; a secret's bodies are
 * cleared; the notifications list shows all of it to staff only.
 */
@QuarkusTest
@TestProfile(MailTestProfile.class)
class MailRelayTest {

    static final SmtpTestServer SMTP = SmtpTestServer.shared();
    static final String STAFF = TestTokens.bearer("qa.lead", "QUALITY");

    @Inject
    MailOutbox outbox;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void smtpUp() {
        SMTP.start();
    }

    @Test
    void aCommittedMailArrivesOnceInTheRecipientsLanguageWithItsMessageId() {
        String to = address();
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-1", to).locale(Locale.CHINA).build()));

        ReceivedMail mail = SMTP.await(by(to));
        assertEquals("投诉 C-1 已收到", mail.subject());
        assertTrue(mail.text().contains("尊敬的 Acme："), mail.text());
        assertTrue(mail.html().contains("<b>C-1</b>"), mail.html());
        assertEquals(row(to).messageId, mail.messageId(), "the Message-ID fixed when queued");
        assertEquals("accord-test@accord.local", mail.from());
        awaitStatus(to, MailStatus.SENT);
        assertEquals(1, SMTP.receivedBy(to).size());
        assertEquals(1, row(to).attempts);
        assertNotNull(row(to).bodyText, "an ordinary mail keeps its body");
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
        String to = address();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(notice("c-2", to).build());
            throw new IllegalStateException("the change failed");
        }));
        // a committed mail queued after it arrives: the relay has had its chance at the other
        String later = address();
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-2b", later).build()));
        SMTP.await(by(later));
        assertEquals(List.of(), SMTP.receivedBy(to));
        assertNull(QuarkusTransaction.requiringNew().call(() -> QueuedMail.find("recipient", to).firstResult()));
    }

    @Test
    void theSameCauseTwiceIsOneMail() {
        String to = address();
        boolean first = QuarkusTransaction.requiringNew().call(() -> outbox.queue(notice("c-3", to).build()));
        boolean second = QuarkusTransaction.requiringNew().call(() -> outbox.queue(notice("c-3", to).build()));
        assertTrue(first);
        assertFalse(second, "a redelivered cause queues nothing");
        SMTP.await(by(to));
        awaitStatus(to, MailStatus.SENT);
        String later = address();
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-3b", later).build()));
        SMTP.await(by(later));
        assertEquals(1, SMTP.receivedBy(to).size());
        assertEquals("Complaint C-1 received", SMTP.receivedBy(to).get(0).subject(), "English unless asked otherwise");
    }

    @Test
    void whileTheSmtpServerIsDownAMailWaitsWithItsReasonAndGoesOutOnceItIsBack() {
        double retried = count("retried");
        SMTP.stop();
        String to = address();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-4", to).build()));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> row(to).attempts >= 2);
            QueuedMail waiting = row(to);
            assertEquals(MailStatus.QUEUED, waiting.status);
            assertTrue(waiting.lastError.contains("not reachable"), waiting.lastError);
            assertTrue(count("retried") >= retried + 2);
            given().header("Authorization", STAFF).queryParam("recipient", to)
                    .when().get("/api/v1/notifications")
                    .then().statusCode(200)
                    .body("items[0].status", equalTo("QUEUED"))
                    .body("items[0].reason", equalTo(waiting.lastError));
        } finally {
            SMTP.start();
        }
        SMTP.await(by(to));
        awaitStatus(to, MailStatus.SENT);
        String later = address();
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-4b", later).build()));
        SMTP.await(by(later));
        assertEquals(1, SMTP.receivedBy(to).size(), "delivered exactly once");
        assertNull(row(to).lastError);
    }

    @Test
    void aRecipientTheServerRefusesFailsAtOnceWithTheReasonAndIsCounted() {
        double failed = count("failed");
        SMTP.stop();
        String to = address();
        try (RejectingSmtpServer rejecting = new RejectingSmtpServer(SMTP.port())) {
            QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-5", to).build()));
            awaitStatus(to, MailStatus.FAILED);
        } finally {
            SMTP.start();
        }
        QueuedMail refused = row(to);
        assertEquals(1, refused.attempts, "a 5xx is not retried");
        assertTrue(refused.lastError.startsWith("SMTP 550"), refused.lastError);
        assertEquals(failed + 1, count("failed"));
        given().header("Authorization", STAFF).queryParam("status", "FAILED").queryParam("recipient", to)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.recipient", contains(to))
                .body("items[0].statusLabel", equalTo("Failed"));
    }

    @Test
    void aMalformedAddressFailsAtOnce() {
        String to = "not an address " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-6", to).build()));
        awaitStatus(to, MailStatus.FAILED);
        assertTrue(row(to).lastError.startsWith("malformed"), row(to).lastError);
    }

    @Test
    void aSensitiveMailsBodiesAreClearedOnceSent() {
        String to = address();
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(notice("c-7", to).sensitive().build()));
        ReceivedMail mail = SMTP.await(by(to));
        assertTrue(mail.text().contains("C-1"));
        awaitStatus(to, MailStatus.SENT);
        assertNull(row(to).bodyText);
        assertNull(row(to).bodyHtml);
    }

    @Test
    void theNotificationsListFiltersNewestFirstForStaffOnly() {
        String to = address();
        String aboutId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(notice("c-8a", to).about("complaint", aboutId).build());
            outbox.queue(notice("c-8b", to).about("complaint", aboutId).locale(Locale.CHINA).build());
        });
        awaitStatus(to, MailStatus.SENT);
        given().header("Authorization", TestTokens.bearer("auditor", "AUDITOR"))
                .queryParam("aboutType", "complaint").queryParam("aboutId", aboutId)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].locale", equalTo("zh-CN"))
                .body("items[0].id", equalTo("complaint-service:" + row(to, "c-8b").id))
                .body("items[0].service", equalTo("complaint-service"))
                .body("items[0].template", equalTo("test-notice"))
                .body("items[0].subject", equalTo("投诉 C-1 已收到"))
                .body("items[0].statusLabel", equalTo("Sent"))
                .body("items[0].sentAt", not(nullValue()))
                .body("items[0].keySet()", not(hasItem("bodyText")))
                .body("items[0].bodyText", nullValue())
                .body("items[1].locale", equalTo("en"));
        given().header("Authorization", STAFF).queryParam("recipient", "nobody@example.com")
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", TestTokens.bearer("erp", "ERP_CLIENT"))
                .when().get("/api/v1/notifications")
                .then().statusCode(403);
        given().when().get("/api/v1/notifications").then().statusCode(401);
        given().header("Authorization", STAFF).queryParam("status", "LOST")
                .when().get("/api/v1/notifications")
                .then().statusCode(400);
    }

    private static MailRequest.Builder notice(String cause, String to) {
        return MailRequest.of("test-notice", "test:" + cause, to).data("customerName", "Acme").data("number", "C-1");
    }

    private static String address() {
        return "r" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static Predicate<ReceivedMail> by(String to) {
        return mail -> mail.to().contains(to);
    }

    private static QueuedMail row(String to) {
        return QuarkusTransaction.requiringNew().call(() -> QueuedMail.<QueuedMail>find("recipient", to).firstResult());
    }

    private static QueuedMail row(String to, String cause) {
        return QuarkusTransaction.requiringNew().call(() -> QueuedMail.<QueuedMail>find("recipient = ?1 and cause = ?2",
                to, "test:" + cause).firstResult());
    }

    private static void awaitStatus(String to, MailStatus status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            QueuedMail mail = row(to);
            return mail != null && mail.status == status;
        });
    }

    private double count(String status) {
        var counter = registry.find("accord.mail").tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }
}
