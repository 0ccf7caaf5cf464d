package io.accord.gateway;

import io.accord.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The gateway's edge (HTTP resources, the proxy, the live event stream, the merged OpenAPI, the overview and the
 * key exchange) sits on top of its services and domain (machine clients): no import the other way round.
 */
class LayersTest {

    @Test
    void layersPointOneWay() {
        LayerRules.check("io.accord.gateway", List.of("rest", "proxy", "events", "openapi", "overview", "security"));
    }

    @Test
    void aggregatesRecordTheirChangesAndOnlyTheWriterWritesThem() {
        LayerRules.checkChangesWrittenOnce("io.accord.gateway");
    }
}
