package io.accord.feedback.mail;

import io.accord.feedback.FeedbackTestProfile;
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
@TestProfile(FeedbackTestProfile.class)
class MailTemplatesTest {

    @Inject
    MailTemplates templates;

    @Test
    void theSurveyInvitationRendersInChineseAndEnglish() {
        for (Locale locale : Locales.SUPPORTED) {
            RenderedMail mail = templates.render("survey-invitation", locale, Map.of("customerName", "Wang Wei",
                    "surveyTitle", "Delivery 2026", "link", "https://accord.example/survey#token=svy_x", "expiresOn", "2026-12-31"));
            String all = mail.subject() + mail.text();
            assertTrue(mail.subject().contains("Delivery 2026") && mail.text().contains("Wang Wei")
                    && mail.text().contains("https://accord.example/survey#token=svy_x") && mail.text().contains("2026-12-31"), all);
            assertFalse(all.contains("{") || all.contains("}") || all.contains("NOT_FOUND"), all);
        }
    }
}
