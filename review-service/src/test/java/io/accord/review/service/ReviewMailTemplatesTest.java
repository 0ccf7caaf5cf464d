package io.accord.review.service;

import io.accord.infra.i18n.Locales;
import io.accord.infra.mail.MailRequest;
import io.accord.infra.mail.MailTemplates;
import io.accord.infra.mail.RenderedMail;
import io.accord.review.Department;
import io.accord.review.DepartmentEntry;
import io.accord.review.DepartmentKind;
import io.accord.review.PolicyRules;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewPolicy;
import io.accord.review.ReviewTask;
import io.accord.review.ReviewTestProfile;
import io.accord.review.ReviewType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every review task mail renders in both languages with every value filled in, with and without the optional ones. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewMailTemplatesTest {

    private static final List<String> TEMPLATES = List.of("review-task", "review-task-reminder", "review-task-escalation",
            "review-task-delegated");

    @Inject
    MailTemplates templates;

    @Test
    void eachTemplateRendersCompletelyInChineseAndEnglish() {
        ReviewPolicy policy = new ReviewPolicy();
        policy.version = 1;
        policy.rules = new PolicyRules(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), Map.of(), Map.of());
        RequirementSummary requirement = new RequirementSummary(UUID.randomUUID(), "C-1", true, "ORDER", "Pump housings",
                "900", "CNY", List.of(), List.of(), false, null, List.of(), null);
        Review review = Review.open(UUID.randomUUID(), 1, requirement, ReviewType.FULL, Set.of(Department.QUALITY),
                List.of("new customer"), policy, OffsetDateTime.parse("2026-03-02T09:00:00Z"));
        DepartmentEntry quality = new DepartmentEntry();
        quality.code = "QUALITY";
        quality.nameZh = "质量部";
        quality.nameEn = "Quality";
        quality.kind = DepartmentKind.FUNCTIONAL;
        ReviewTask plain = review.tasks.get(0);
        ReviewTask delegated = plain.delegatedTo("sun.qa", "li.qa", "knows the customer", OffsetDateTime.parse("2026-03-03T10:00:00Z"));
        for (Locale locale : Locales.SUPPORTED) {
            String name = locale.equals(Locales.CHINESE) ? "质量部" : "Quality";
            for (String template : TEMPLATES) {
                for (ReviewTask task : List.of(plain, delegated)) {
                    for (boolean amended : List.of(false, true)) {
                        MailRequest mail = ReviewMails.mail(review, task, quality, template, "test", "x@y", locale, amended, "24");
                        RenderedMail rendered = templates.render(template, locale, mail.data());
                        assertComplete(template + " " + locale, rendered, name, review.id.toString(), "Pump housings");
                        if (task == delegated && !template.equals("review-task")) {
                            assertTrue(rendered.text().contains("sun.qa"), rendered.text());
                        }
                    }
                }
            }
        }
    }

    static void assertComplete(String what, RenderedMail mail, String... values) {
        assertFalse(mail.subject().isBlank() || mail.text().isBlank(), what);
        assertFalse(mail.subject().contains("{") || mail.text().contains("{"), what + ":\n" + mail.subject() + "\n" + mail.text());
        for (String value : values) {
            assertTrue(mail.subject().contains(value) || mail.text().contains(value), what + " lacks " + value + ":\n" + mail.text());
        }
    }
}
