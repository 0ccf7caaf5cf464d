package io.accord.complaint.mail;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.infra.i18n.Locales;
import io.accord.infra.mail.MailTemplates;
import io.accord.infra.mail.RenderedMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each mail of the service renders in both languages with every value in place and no expression left. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class MailTemplatesTest {

    @Inject
    MailTemplates templates;

    @Test
    void theAcknowledgementAndTheResolutionRenderInChineseAndEnglishWithAndWithoutAnOrder() {
        for (Locale locale : Locales.SUPPORTED) {
            for (String orderRef : new String[] {"PO-778", ""}) {
                Map<String, Object> data = Map.of("customerName", "Wang Wei", "complaintId", "c-42", "orderRef", orderRef,
                        "receivedOn", "2026-12-01", "resolutionDueOn", "2026-12-08", "resolutionSummary", "pump replaced",
                        "remedy", "REPLACE", "afterReopening", !orderRef.isEmpty());
                for (String template : new String[] {"complaint-acknowledged", "complaint-resolved"}) {
                    RenderedMail mail = templates.render(template, locale, data);
                    String all = mail.subject() + mail.text();
                    assertTrue(mail.subject().contains("c-42") && mail.text().contains("Wang Wei")
                            && all.contains("PO-778") == !orderRef.isEmpty(), all);
                    assertFalse(all.contains("{") || all.contains("}") || all.contains("NOT_FOUND"), all);
                }
            }
        }
    }
}
