package eu.s3learning.core.tracking.lrs.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statements being written and not yet committed, by their stored time: what the
 * {@code X-Experience-API-Consistent-Through} header needs. Every statement stored before the oldest of them is
 * visible to readers; a statement in flight may still appear with an earlier stored time than what a reader
 * has already seen.
 */
@ApplicationScoped
public class WriteWindow {

    private final ConcurrentSkipListMap<Long, Instant> open = new ConcurrentSkipListMap<>();
    private final AtomicLong tickets = new AtomicLong();

    /** Registers a write whose statements carry this stored time; the ticket closes it. */
    public long open(Instant stored) {
        long ticket = tickets.incrementAndGet();
        open.put(ticket, stored);
        return ticket;
    }

    public void close(long ticket) {
        open.remove(ticket);
    }

    /** The latest time up to which every stored statement can be read: just before the oldest open write, or now. */
    public Instant consistentThrough(Clock clock) {
        Instant oldest = open.values().stream().min(Instant::compareTo).orElse(null);
        return oldest == null ? clock.instant() : oldest.minusNanos(1000);
    }
}
