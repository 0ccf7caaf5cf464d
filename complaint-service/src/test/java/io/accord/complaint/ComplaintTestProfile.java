package io.accord.complaint;

import io.accord.testsupport.AccordServiceResources;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** Real PostgreSQL (fresh database) and the real in-process Kafka broker. */
public class ComplaintTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AccordServiceResources.class, Map.of("database", "accord_complaint_test")));
    }
}
