package io.accord.feedback;

import io.accord.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** rest/ → service/ → domain ← messaging/: no import the other way round (see LayerRules). */
class LayersTest {

    @Test
    void layersPointOneWay() {
        LayerRules.check("io.accord.feedback", LayerRules.SERVICE_ADAPTERS);
    }

    @Test
    void aggregatesRecordTheirChangesAndOnlyTheWriterWritesThem() {
        LayerRules.checkChangesWrittenOnce("io.accord.feedback");
    }
}
