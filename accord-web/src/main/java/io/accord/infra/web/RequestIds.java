package io.accord.infra.web;

import org.jboss.logging.MDC;

import java.util.UUID;

/** The request id travels in the logging context: HTTP requests set it, consumers restore it from events. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    public static String accept(String incoming) {
        String id = incoming == null || incoming.isBlank() || incoming.length() > 128 ? UUID.randomUUID().toString() : incoming;
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static void runWith(String id, Runnable work) {
        Object previous = MDC.get(MDC_KEY);
        if (id != null) {
            MDC.put(MDC_KEY, id);
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
