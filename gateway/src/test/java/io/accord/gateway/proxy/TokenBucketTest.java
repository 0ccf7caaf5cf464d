package io.accord.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bucket at chosen moments (nanoseconds, as the gateway reads its monotonic clock): bursts, refill, Retry-After. */
class TokenBucketTest {

    static final long START = 1_000_000_000_000L;
    static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aFullBucketLetsItsCapacityThroughAtOnceAndRefusesTheNext() {
        TokenBucket bucket = new TokenBucket(3, 1, START);

        assertEquals(0, bucket.take(START));
        assertEquals(0, bucket.take(START));
        assertEquals(0, bucket.take(START));
        assertEquals(1, bucket.take(START));
    }

    @Test
    void tokensComeBackAtTheRatePerSecond() {
        TokenBucket bucket = new TokenBucket(2, 2, START);
        bucket.take(START);
        bucket.take(START);

        assertEquals(1, bucket.take(START + SECOND / 2 - 1));
        assertEquals(0, bucket.take(START + SECOND / 2));
        assertEquals(1, bucket.take(START + SECOND / 2));
        assertEquals(0, bucket.take(START + SECOND));
    }

    @Test
    void aLongPauseRefillsTheBucketOnlyToItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 10, START);
        bucket.take(START);
        bucket.take(START);

        long muchLater = START + TimeUnit.HOURS.toNanos(1);
        assertEquals(0, bucket.take(muchLater));
        assertEquals(0, bucket.take(muchLater));
        assertEquals(1, bucket.take(muchLater));
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        TokenBucket slow = new TokenBucket(1, 0.5, START);
        slow.take(START);
        assertEquals(2, slow.take(START));

        TokenBucket slower = new TokenBucket(1, 0.1, START);
        slower.take(START);
        assertEquals(10, slower.take(START));
        assertEquals(8, slower.take(START + 2 * SECOND));
        assertEquals(8, slower.take(START + 2 * SECOND + 1));
    }

    @Test
    void aClientAlmostDueWaitsAtLeastOneSecondNeverZero() {
        TokenBucket fast = new TokenBucket(1, 100, START);
        fast.take(START);

        assertEquals(1, fast.take(START + SECOND / 100 - 1_000));
    }

    @Test
    void refusedRequestsCostNothing() {
        TokenBucket bucket = new TokenBucket(1, 1, START);
        bucket.take(START);
        for (int i = 1; i < 10; i++) {
            assertEquals(1, bucket.take(START + i * SECOND / 10 - 1));
        }
        assertEquals(0, bucket.take(START + SECOND));
    }

    @Test
    void aBucketIsIdleSinceItsLastUseRefusedOrNot() {
        TokenBucket bucket = new TokenBucket(1, 1, START);
        bucket.take(START);
        bucket.take(START + 5 * SECOND);

        assertTrue(bucket.idleSince(START + 5 * SECOND + 1));
        assertFalse(bucket.idleSince(START + 5 * SECOND));
    }
}
