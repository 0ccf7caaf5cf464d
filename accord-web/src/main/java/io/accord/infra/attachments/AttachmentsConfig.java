package io.accord.infra.attachments;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Attachments (README "Attachments"): the largest file a record takes. The services answer 413 past it while the file
 * streams in, accord-web's {@code BodyLimit} already on an announced larger body; the gateway's {@code attachments}
 * body-limit group reads the same {@code ACCORD_ATTACHMENTS_MAX_SIZE}.
 */
@ConfigMapping(prefix = "accord.attachments")
public interface AttachmentsConfig {

    @WithDefault("20M")
    MemorySize maxSize();
}
