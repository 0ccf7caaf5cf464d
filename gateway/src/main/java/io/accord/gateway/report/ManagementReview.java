package io.accord.gateway.report;

import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.proxy.ServiceClient;
import io.accord.gateway.proxy.ServiceClient.Answer;
import io.accord.infra.time.ReportPeriod;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The management review's inputs (ISO 9001 §9.3.2) over a period, composed from one section per service, each
 * computed by that service in its database and asked for in parallel with the caller's credentials. A section whose
 * service is down, slow (past {@code accord.gateway.management-review.section-timeout}) or refuses is {@code null}
 * and named in {@code unavailable}: never empty figures that look like a quiet year.
 */
@ApplicationScoped
public class ManagementReview {

    private final ServiceClient services;
    private final GatewayConfig config;
    private final Clock clock;

    public ManagementReview(ServiceClient services, GatewayConfig config, Clock clock) {
        this.services = services;
        this.config = config;
        this.clock = clock;
    }

    /** The report: {@code from}, {@code to}, {@code generatedAt}, one member per section, and {@code unavailable}. */
    public Future<JsonObject> of(ReportPeriod period, MultiMap forward) {
        String range = "from=" + encode(period.from()) + "&to=" + encode(period.to());
        Map<ReportSection, Map<String, Future<Answer>>> asked = new EnumMap<>(ReportSection.class);
        List<Future<Answer>> all = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            Map<String, Future<Answer>> parts = new LinkedHashMap<>();
            section.parts.forEach((name, path) -> {
                Future<Answer> answer = services.get(section.service, path + range, forward, config.managementReview().sectionTimeout());
                parts.put(name, answer);
                all.add(answer);
            });
            asked.put(section, parts);
        }
        return Future.join(all).transform(done -> {
            JsonObject report = new JsonObject().put("from", period.from().toString()).put("to", period.to().toString())
                    .put("generatedAt", OffsetDateTime.now(clock).toString());
            JsonArray unavailable = new JsonArray();
            asked.forEach((section, parts) -> {
                JsonObject body = new JsonObject();
                parts.forEach((name, answer) -> body.put(name, answer.result().ok() ? answer.result().json() : null));
                boolean whole = parts.values().stream().allMatch(answer -> answer.result().ok());
                report.put(section.key, whole ? body : null);
                if (!whole) {
                    unavailable.add(section.key);
                }
            });
            return Future.succeededFuture(report.put("unavailable", unavailable));
        });
    }

    private static String encode(OffsetDateTime instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
