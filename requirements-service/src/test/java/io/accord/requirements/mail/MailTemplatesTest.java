package io.accord.requirements.mail;

import io.accord.requirements.RequirementsTestProfile;
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
@TestProfile(RequirementsTestProfile.class)
class MailTemplatesTest {

    @Inject
    MailTemplates templates;

    @Test
    void theIncidentNoticeRendersInChineseAndEnglishForEachKindOfIncident() {
        for (Locale locale : Locales.SUPPORTED) {
            for (String type : new String[] {"LOST", "DAMAGED", "UNSUITABLE"}) {
                RenderedMail mail = templates.render("property-incident", locale, Map.of("customerName", "Wang Wei",
                        "propertyDescription", "die set D-7", "kind", "TOOLING", "incidentType", type,
                        "incidentDescription", "crack on the upper die", "incidentNumber", 2, "propertyId", "p-1"));
                String all = mail.subject() + mail.text();
                assertTrue(mail.subject().contains("die set D-7") && mail.text().contains("Wang Wei")
                        && mail.text().contains("crack on the upper die") && mail.text().contains("p-1"), all);
                assertFalse(all.contains("{") || all.contains("}") || all.contains("NOT_FOUND"), all);
            }
        }
    }
}
