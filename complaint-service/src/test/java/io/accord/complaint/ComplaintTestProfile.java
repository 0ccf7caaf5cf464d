package io.accord.complaint;

import io.accord.testsupport.AccordServiceResources;
import io.accord.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Real PostgreSQL (fresh database) and the real in-process Kafka broker. */
public class ComplaintTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AccordServiceResources.class, Map.of("database", "accord_complaint_test")));
    }

    /** The services' clock is one the tests can move (deadlines are reached by moving it, not by editing rows). */
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }
}
