package io.accord.infra.mail;

import io.accord.testsupport.AccordServiceResources;
import io.accord.testsupport.SmtpTestResources;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** This library as a service: a fresh database on the real PostgreSQL, the real Kafka broker, the real SMTP server. */
public class MailTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AccordServiceResources.class, Map.of("database", "accord_mail_test")),
                new TestResourceEntry(SmtpTestResources.class));
    }
}
