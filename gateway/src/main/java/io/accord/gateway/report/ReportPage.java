package io.accord.gateway.report;

import io.accord.infra.i18n.Text;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as a self-contained printable page (XHTML, so that the PDF renderer reads the same page), in the reader's
 * language. Qute escapes every value, so a product code or category can never become markup; the page loads nothing
 * (its Content-Security-Policy allows its own inline style only). An unavailable section is shown as unavailable.
 */
@ApplicationScoped
public class ReportPage {

    /** A section on the page: its title and, when its service answered, its tables. */
    @TemplateData
    public record Section(String title, boolean available, List<ReportTables.Table> tables) {
    }

    private static final String[] WORDS = {"title", "period", "generated", "unavailable", "unavailable-note", "to"};

    private final Template page;

    public ReportPage(@Location("management-review/page.html") Template page) {
        this.page = page;
    }

    public String render(JsonObject report, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : WORDS) {
            words.put(word.replace("-n", "N"), Text.of("gateway.report." + word).in(locale));
        }
        JsonArray unavailable = report.getJsonArray("unavailable");
        List<Section> sections = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            boolean available = !unavailable.contains(section.key);
            sections.add(new Section(Text.of("gateway.report.section." + section.key).in(locale), available,
                    available ? ReportTables.of(section, report, locale) : List.of()));
        }
        return page.data("lang", locale.toLanguageTag()).data("w", words).data("from", report.getString("from"))
                .data("to", report.getString("to")).data("generatedAt", report.getString("generatedAt"))
                .data("sections", sections).render();
    }
}
