package io.accord.gateway.proxy;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 504 for a service that stayed silent past its timeout, 503 for one that could not be reached: by type, not by name. */
class TimeoutClassificationTest {

    @Test
    void theIdleTimeoutVertxReportsIsATimeoutAlsoWhenWrapped() {
        // what an HttpClientRequest fails with when its idle timeout passes (vertx-core 4.5)
        NoStackTraceTimeoutException idle = new NoStackTraceTimeoutException(
                "The timeout period of 1000ms has been exceeded while executing GET /api/v1/reviews/slow for server 127.0.0.1:8082");
        assertTrue(ServiceRoutes.isTimeout(idle));
        assertTrue(ServiceRoutes.isTimeout(new CompletionException(idle)));
    }

    @Test
    void aConnectionThatCouldNotBeMadeOrWasClosedIsNoTimeout() {
        assertFalse(ServiceRoutes.isTimeout(new ConnectTimeoutException("connection timed out after 2000 ms: /10.1.2.3:8082")));
        assertFalse(ServiceRoutes.isTimeout(new HttpClosedException("Connection was closed")));
        assertFalse(ServiceRoutes.isTimeout(new IllegalStateException("upstream said: timeout in its own database")));
    }
}
