package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.TestCustomers;
import io.accord.complaint.service.ComplaintService;
import io.accord.complaint.service.CorrectiveActionService;
import io.accord.complaint.service.SlaWatch;
import io.accord.infra.mail.QueuedMail;
import io.accord.testsupport.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.accord.complaint.rest.ComplaintLifecycleTest.QUALITY;
import static io.accord.complaint.rest.ComplaintLifecycleTest.SERVICE;
import static io.accord.complaint.rest.ComplaintLifecycleTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail to staff complaints cause, read from the mail outbox as the relay would send it: a breached SLA to the
 * quality manager, a corrective action to its owner when opened and when found ineffective, an overdue one to its
 * owner and the quality manager; once each however often the watch runs.
 */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintStaffMailTest {

    /** The staff domain and quality manager of the test configuration (accord-messaging's defaults). */
    private static final String QUALITY_MANAGER = "quality.manager@accord.local";

    @Inject
    MutableClock clock;

    @Inject
    ComplaintService complaints;

    @Inject
    CorrectiveActionService actions;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void holdTheWatch() {
        scheduler.pause(SlaWatch.IDENTITY);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
        scheduler.resume(SlaWatch.IDENTITY);
    }

    @Test
    void aBreachedSlaGoesToTheQualityManagerOncePerDeadline() {
        String complaint = post(SERVICE, "/api/v1/complaints", """
                {"customerId": "%s", "channel": "PHONE", "category": "QUALITY", "severity": "CRITICAL",
                 "description": "valve seats crack", "orderRef": "SO-9", "productCode": "VS-10"}
                """.formatted(TestCustomers.registered())).statusCode(201).extract().path("id");

        clock.advance(Duration.ofHours(25));
        complaints.reportSlaBreaches();
        complaints.reportSlaBreaches();
        List<QueuedMail> acknowledgement = mails("complaint", complaint);
        assertEquals(List.of(QUALITY_MANAGER), acknowledgement.stream().map(m -> m.recipient).toList());
        assertEquals("complaint-sla-breached:" + complaint + ":ACKNOWLEDGEMENT", acknowledgement.get(0).cause);
        assertTrue(acknowledgement.get(0).subject.contains("not acknowledged"), acknowledgement.get(0).subject);
        assertTrue(acknowledgement.get(0).bodyText.contains("valve seats crack"));

        // CRITICAL: resolved within 3 days
        clock.advance(Duration.ofDays(3));
        complaints.reportSlaBreaches();
        List<QueuedMail> both = mails("complaint", complaint);
        assertEquals(List.of("complaint-sla-breached:" + complaint + ":ACKNOWLEDGEMENT",
                "complaint-sla-breached:" + complaint + ":RESOLUTION"), both.stream().map(m -> m.cause).toList());
        both.forEach(ComplaintStaffMailTest::assertComplete);
    }

    @Test
    void aCorrectiveActionGoesToItsOwnerWhenOpenedAndWhenFoundIneffectiveAndWhenOverdueToTheQualityManagerToo() {
        String complaint = post(SERVICE, "/api/v1/complaints", """
                {"customerId": "%s", "channel": "PHONE", "category": "QUALITY", "severity": "MAJOR", "description": "seals leak"}
                """.formatted(TestCustomers.registered())).statusCode(201).extract().path("id");
        post(SERVICE, "/api/v1/complaints/" + complaint + "/acknowledgement", null).statusCode(200);
        post(QUALITY, "/api/v1/complaints/" + complaint + "/investigation",
                "{\"rootCause\": \"wrong seal grade\", \"containment\": \"stock checked\"}").statusCode(200);
        String action = post(QUALITY, "/api/v1/complaints/" + complaint + "/corrective-actions",
                "{\"description\": \"qualify a second seal supplier\", \"owner\": \"ma.buy\", \"dueDate\": \"%s\"}"
                        .formatted(LocalDate.now(clock).plusDays(3))).statusCode(201).extract().path("id");

        List<QueuedMail> opened = mails("corrective-action", action);
        assertEquals(List.of("ma.buy@accord.local"), opened.stream().map(m -> m.recipient).toList());
        assertEquals("corrective-action-opened:" + action, opened.get(0).cause);
        assertTrue(opened.get(0).bodyText.contains("qualify a second seal supplier"));

        post(QUALITY, "/api/v1/corrective-actions/" + action + "/implementation", "{\"note\": \"supplier audited\"}").statusCode(200);
        post(QUALITY, "/api/v1/corrective-actions/" + action + "/verification",
                "{\"effective\": false, \"note\": \"seals still leak at 6 bar\"}").statusCode(200);
        QueuedMail reopened = mails("corrective-action", action).get(1);
        assertEquals("corrective-action-reopened:" + action + ":1", reopened.cause);
        assertEquals("ma.buy@accord.local", reopened.recipient);
        assertTrue(reopened.bodyText.contains("seals still leak at 6 bar") && reopened.subject.contains("ineffective"));

        clock.advance(Duration.ofDays(4));
        actions.reportOverdue();
        actions.reportOverdue();
        List<QueuedMail> overdue = mails("corrective-action", action).stream()
                .filter(m -> m.cause.equals("corrective-action-overdue:" + action)).toList();
        assertEquals(List.of("ma.buy@accord.local", QUALITY_MANAGER), overdue.stream().map(m -> m.recipient).sorted().toList());
        mails("corrective-action", action).forEach(ComplaintStaffMailTest::assertComplete);
    }

    private static List<QueuedMail> mails(String aboutType, String aboutId) {
        return QuarkusTransaction.requiringNew().call(() -> QueuedMail.<QueuedMail>list(
                "aboutType = ?1 and aboutId = ?2 order by id", aboutType, aboutId));
    }

    private static void assertComplete(QueuedMail mail) {
        assertFalse(mail.subject.isBlank() || mail.bodyText.isBlank(), mail.cause);
        assertFalse(mail.subject.contains("{") || mail.bodyText.contains("{"), mail.subject + "\n" + mail.bodyText);
    }
}
