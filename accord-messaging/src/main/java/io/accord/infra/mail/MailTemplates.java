package io.accord.infra.mail;

import io.accord.infra.i18n.Locales;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a mail from the service's Qute templates: {@code templates/mail/<zh-CN|en>/<name>.txt} with the fragments
 * {@code subject} and {@code body} (plain text, nothing escaped), and optionally {@code <name>.html}, the HTML
 * alternative (escaped by Qute, as any {@code .html} template). A template missing in the language asked for is a bug
 * of the service, caught by its tests: it fails the transaction rather than sending an empty mail.
 */
@ApplicationScoped
public class MailTemplates {

    private final Engine engine;

    public MailTemplates(Engine engine) {
        this.engine = engine;
    }

    public RenderedMail render(String name, Locale locale, Map<String, Object> data) {
        String base = "mail/" + languageTag(locale) + "/" + name;
        Template text = engine.getTemplate(base + ".txt");
        if (text == null) {
            throw new IllegalStateException("no mail template " + base + ".txt");
        }
        Template html = engine.getTemplate(base + ".html");
        return new RenderedMail(
                fragment(text, "subject", data).strip().replaceAll("\\s+", " "),
                fragment(text, "body", data).strip() + "\n",
                html == null ? null : withData(html.instance(), data).render());
    }

    /** The directory of a language's templates: {@code zh-CN} for Chinese, {@code en} otherwise. */
    public static String languageTag(Locale locale) {
        return locale != null && Locales.CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    /** Each entry is a name the template uses directly ({@code {customerName}}). */
    private static TemplateInstance withData(TemplateInstance instance, Map<String, Object> data) {
        data.forEach(instance::data);
        return instance;
    }

    private static String fragment(Template template, String id, Map<String, Object> data) {
        Template.Fragment fragment = template.getFragment(id);
        if (fragment == null) {
            throw new IllegalStateException("mail template " + template.getId() + " has no fragment " + id);
        }
        return withData(fragment.instance(), data).render();
    }
}
