package io.accord.complaint;

import io.accord.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** rest/ → service/ → domain ← messaging/: no import the other way round (see LayerRules). */
class LayersTest {

    @Test
    void layersPointOneWay() {
        LayerRules.check("io.accord.complaint", LayerRules.SERVICE_ADAPTERS);
    }

    @Test
    void aggregatesRecordTheirChangesAndOnlyTheWriterWritesThem() {
        LayerRules.checkChangesWrittenOnce("io.accord.complaint");
    }
}
