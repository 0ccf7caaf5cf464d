package io.accord.feedback;

import io.accord.testsupport.AccordServiceResources;
import io.accord.testsupport.MutableClock;
import io.accord.testsupport.SmtpTestResources;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Real PostgreSQL (fresh database), the real in-process Kafka broker and a real SMTP server (survey invitations). */
public class FeedbackTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AccordServiceResources.class, Map.of("database", "accord_feedback_test")),
                new TestResourceEntry(SmtpTestResources.class));
    }

    /** The services' clock is one the tests can move (deadlines are reached by moving it, not by editing rows). */
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }
}
