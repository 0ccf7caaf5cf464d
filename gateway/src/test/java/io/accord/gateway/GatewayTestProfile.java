package io.accord.gateway;

import io.accord.testsupport.AccordServiceResources;
import io.accord.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gateway's own database (machine clients) on the real PostgreSQL, and the real in-process Kafka broker. */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AccordServiceResources.class, Map.of("database", "accord_gateway_test")));
    }

    /** The gateway's clock is one the tests can move (expiries are reached by moving it, not by waiting). */
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }
}
