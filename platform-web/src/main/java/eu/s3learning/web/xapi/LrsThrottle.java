package eu.s3learning.web.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits what one network address may ask of the LRS in a minute: a number of requests, and far fewer
 * failed authentications (guessing credentials). Over either limit it gets 429. Both minutes slide, so
 * nothing is gained by timing requests around the turn of the clock's minute: the failures exactly (the
 * times of the last few are kept), the requests by weighing in the clock minute before for the part of
 * it that is less than sixty seconds ago.
 */
@ApplicationScoped
public class LrsThrottle {

    private static final long MINUTE = 60_000;
    private static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "s3.xapi.requests-per-minute", defaultValue = "60000")
    int requestsPerMinute;

    @Inject
    @ConfigProperty(name = "s3.xapi.failed-authentications-per-minute", defaultValue = "30")
    int failuresPerMinute;

    private final ConcurrentHashMap<String, Requests> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    protected LrsThrottle() {
    }

    LrsThrottle(int requestsPerMinute, int failuresPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
        this.failuresPerMinute = failuresPerMinute;
    }

    /** One clock minute's requests, with the minute before's count. */
    private static final class Requests {
        final long minute;
        final AtomicInteger count = new AtomicInteger();
        final int before;

        Requests(long minute, int before) {
            this.minute = minute;
            this.before = before;
        }

        /** The requests of the last sixty seconds, taking the minute before's as spread evenly over it. */
        double lastSixtySeconds(int now, long millis) {
            return now + before * (1 - (double) (millis % MINUTE) / MINUTE);
        }
    }

    /** The times of an address's latest failed authentications, as many as the limit. */
    private static final class Failures {
        private final long[] times;
        private int next;
        private int count;

        Failures(int limit) {
            times = new long[limit];
        }

        synchronized void add(long millis) {
            times[next] = millis;
            next = (next + 1) % times.length;
            count = Math.min(count + 1, times.length);
        }

        /** Whether the limit's worth of failures all happened in the last sixty seconds. */
        synchronized boolean full(long millis) {
            return count == times.length && millis - times[next] < MINUTE;
        }

        synchronized boolean over(long millis) {
            return count == 0 || millis - times[(next + times.length - 1) % times.length] >= MINUTE;
        }
    }

    public boolean admits(String address) {
        return admits(address, System.currentTimeMillis());
    }

    public void failedAuthentication(String address) {
        failedAuthentication(address, System.currentTimeMillis());
    }

    boolean admits(String address, long millis) {
        Requests window = requests(address, millis);
        if (window.lastSixtySeconds(window.count.incrementAndGet(), millis) > requestsPerMinute) {
            return false;
        }
        Failures failed = failures.get(address);
        return failed == null || !failed.full(millis);
    }

    void failedAuthentication(String address, long millis) {
        if (failures.size() > MAX_ADDRESSES) {
            failures.values().removeIf(f -> f.over(millis));
        }
        failures.computeIfAbsent(address, a -> new Failures(Math.max(1, failuresPerMinute))).add(millis);
    }

    private Requests requests(String address, long millis) {
        long minute = millis / MINUTE;
        if (requests.size() > MAX_ADDRESSES) {
            requests.values().removeIf(w -> w.minute < minute - 1);
        }
        return requests.compute(address, (a, w) -> {
            if (w != null && w.minute == minute) {
                return w;
            }
            return new Requests(minute, w != null && w.minute == minute - 1 ? w.count.get() : 0);
        });
    }
}
