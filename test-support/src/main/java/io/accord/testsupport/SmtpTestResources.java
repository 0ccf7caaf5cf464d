package io.accord.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest}'s mailer at the JVM's {@link SmtpTestServer#shared() shared SMTP server}: real SMTP,
 * no mock (quarkus-mailer mocks in dev and test by default), no STARTTLS (the test server speaks plain SMTP), and a
 * relay that polls often enough for a test to see a retry within seconds.
 */
public class SmtpTestResources implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> settings = new HashMap<>(SmtpTestServer.shared().appSettings());
        settings.put("quarkus.mailer.mock", "false");
        return settings;
    }

    @Override
    public void stop() {
        // the server lives for the JVM, as the Kafka broker does
    }
}
