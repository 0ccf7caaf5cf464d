package io.accord.complaint.service;

import io.accord.complaint.Complaint;
import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintChannel;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.CorrectiveAction;
import io.accord.infra.i18n.Locales;
import io.accord.infra.mail.MailRequest;
import io.accord.infra.mail.MailTemplates;
import io.accord.infra.mail.RenderedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every staff mail of complaints renders in both languages with every value filled in, optional ones or not. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintMailTemplatesTest {

    @Inject
    MailTemplates templates;

    @Test
    void eachTemplateRendersCompletelyInChineseAndEnglish() {
        OffsetDateTime now = OffsetDateTime.parse("2026-03-02T09:00:00Z");
        Complaint bare = Complaint.receive(UUID.randomUUID(), ComplaintChannel.PHONE, ComplaintCategory.QUALITY,
                ComplaintSeverity.MAJOR, "seals leak", null, null, null, null, Duration.ofHours(24), Duration.ofDays(7), now);
        Complaint full = Complaint.receive(UUID.randomUUID(), ComplaintChannel.PHONE, ComplaintCategory.QUALITY,
                ComplaintSeverity.CRITICAL, "seals leak", "SO-7", "PH-200", "B-1", null, Duration.ofHours(24), Duration.ofDays(3), now);
        CorrectiveAction action = new CorrectiveAction();
        action.id = UUID.randomUUID();
        action.complaintId = full.id;
        action.description = "qualify a second seal supplier";
        action.owner = "ma.buy";
        action.dueDate = LocalDate.parse("2026-03-09");
        action.status = CorrectiveAction.Status.OPEN;
        for (Locale locale : Locales.SUPPORTED) {
            for (Complaint complaint : List.of(bare, full)) {
                for (String deadline : ComplaintService.DEADLINES) {
                    MailRequest mail = ComplaintMails.slaBreachedMail(complaint, deadline, now, "qm@x", locale);
                    assertComplete(mail, locale, complaint.id.toString(), "seals leak", "2026-03-02 09:00 UTC");
                }
            }
            for (boolean reopened : List.of(false, true)) {
                action.verificationNote = reopened ? "still leaks" : null;
                assertComplete(ComplaintMails.actionMail(action, "corrective-action", "c", "o@x", locale, reopened), locale,
                        action.id.toString(), "qualify a second seal supplier", "2026-03-09", "ma.buy");
            }
            assertComplete(ComplaintMails.actionMail(action, "corrective-action-overdue", "c", "o@x", locale, false), locale,
                    action.id.toString(), "qualify a second seal supplier", "2026-03-09", "ma.buy");
        }
    }

    private void assertComplete(MailRequest request, Locale locale, String... values) {
        RenderedMail mail = templates.render(request.template(), locale, request.data());
        String what = request.template() + " " + locale;
        assertFalse(mail.subject().isBlank() || mail.text().isBlank(), what);
        assertFalse(mail.subject().contains("{") || mail.text().contains("{"), what + ":\n" + mail.subject() + "\n" + mail.text());
        for (String value : values) {
            assertTrue(mail.subject().contains(value) || mail.text().contains(value), what + " lacks " + value + ":\n" + mail.text());
        }
    }
}
