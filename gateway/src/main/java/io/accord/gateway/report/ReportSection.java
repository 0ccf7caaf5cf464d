package io.accord.gateway.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One section of the management review: the service that computes it and the reads that make it up, each a path
 * under that service with the period appended ({@code from}, {@code to}). The section is whole or unavailable: a
 * section missing one of its parts would be silently wrong.
 */
enum ReportSection {
    SATISFACTION("satisfaction", "feedback", parts("summary", "/api/v1/satisfaction/summary?",
            "trend", "/api/v1/satisfaction/trend?interval=month&")),
    FEEDBACK("feedback", "feedback", parts("pareto", "/api/v1/feedback/pareto?")),
    COMPLAINTS("complaints", "complaints", parts("metrics", "/api/v1/complaints/metrics?",
            "byProduct", "/api/v1/complaints/pareto?by=productCode&", "trend", "/api/v1/complaints/trend?interval=month&")),
    CORRECTIVE_ACTIONS("correctiveActions", "complaints", parts("summary", "/api/v1/corrective-actions/summary?")),
    REVIEWS("reviews", "reviews", parts("kpis", "/api/v1/reviews/kpis?")),
    CUSTOMER_PROPERTY("customerProperty", "requirements", parts("incidents", "/api/v1/customer-property/incidents/summary?"));

    /** The section's name in the JSON, in {@code unavailable} and in {@code ?section=}. */
    final String key;
    final String service;
    final Map<String, String> parts;

    ReportSection(String key, String service, Map<String, String> parts) {
        this.key = key;
        this.service = service;
        this.parts = parts;
    }

    static ReportSection named(String key) {
        for (ReportSection section : values()) {
            if (section.key.equals(key)) {
                return section;
            }
        }
        return null;
    }

    static String names() {
        StringBuilder names = new StringBuilder();
        for (ReportSection section : values()) {
            names.append(names.isEmpty() ? "" : ", ").append(section.key);
        }
        return names.toString();
    }

    private static Map<String, String> parts(String... nameThenPath) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < nameThenPath.length; i += 2) {
            parts.put(nameThenPath[i], nameThenPath[i + 1]);
        }
        return parts;
    }
}
