package io.accord.gateway.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last events received, for resuming a stream after {@code Last-Event-ID}: a ring written by the one Kafka thread
 * and read by any number of reconnecting clients without a lock, so a replay never holds up the thread that feeds
 * every open stream. A reader that finds its range overwritten while copying (or longer than it may replay) is told
 * so, and its client resyncs instead of silently missing events.
 */
final class RecentEvents {

    /** What a resuming client gets: the events after its last one, or {@code complete = false} if they cannot all be given. */
    record Replay(List<LiveEvent> events, boolean complete) {
    }

    private final AtomicReferenceArray<LiveEvent> ring;
    private final Map<String, Long> sequenceById = new ConcurrentHashMap<>();
    private final long retentionNanos;
    /** Sequence number the next event gets; written only by the Kafka thread. */
    private volatile long next;
    /** Oldest sequence number still kept. */
    private volatile long oldest;

    RecentEvents(int capacity, long retentionNanos) {
        this.ring = new AtomicReferenceArray<>(capacity);
        this.retentionNanos = retentionNanos;
    }

    /** Called by the single writer only. */
    LiveEvent add(LiveEvent event) {
        long seq = next;
        LiveEvent numbered = event.numbered(seq);
        int capacity = ring.length();
        if (seq - oldest >= capacity) {
            forget(oldest++);
        }
        ring.set((int) (seq % capacity), numbered);
        sequenceById.put(numbered.id(), seq);
        next = seq + 1;
        long cutoff = numbered.receivedAtNanos() - retentionNanos;
        while (oldest < seq && ring.get((int) (oldest % capacity)).receivedAtNanos() - cutoff < 0) {
            forget(oldest++);
        }
        return numbered;
    }

    private void forget(long seq) {
        LiveEvent gone = ring.get((int) (seq % ring.length()));
        if (gone != null && gone.seq() == seq) {
            sequenceById.remove(gone.id(), seq);
        }
    }

    /** The events after {@code lastEventId}, at most {@code max} of them. */
    Replay after(String lastEventId, int max) {
        Long last = sequenceById.get(lastEventId);
        long end = next;
        if (last == null || end - (last + 1) > max) {
            return new Replay(List.of(), false);
        }
        List<LiveEvent> copy = new ArrayList<>((int) (end - last - 1));
        for (long seq = last + 1; seq < end; seq++) {
            LiveEvent event = ring.get((int) (seq % ring.length()));
            if (event == null || event.seq() != seq) {
                return new Replay(List.of(), false);
            }
            copy.add(event);
        }
        return new Replay(copy, true);
    }
}
