package eu.s3learning.web.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits what one network address may ask of the LRS in a minute: a number of requests, and far fewer
 * failed authentications (guessing credentials). Over either limit it gets 429 until the minute is over.
 */
@ApplicationScoped
public class LrsThrottle {

    @Inject
    @ConfigProperty(name = "s3.xapi.requests-per-minute", defaultValue = "60000")
    int requestsPerMinute;

    @Inject
    @ConfigProperty(name = "s3.xapi.failed-authentications-per-minute", defaultValue = "30")
    int failuresPerMinute;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final long minute;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();

        Window(long minute) {
            this.minute = minute;
        }
    }

    public boolean admits(String address) {
        Window window = current(address);
        return window.requests.incrementAndGet() <= requestsPerMinute && window.failures.get() < failuresPerMinute;
    }

    public void failedAuthentication(String address) {
        current(address).failures.incrementAndGet();
    }

    private Window current(String address) {
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute != minute);
        }
        return windows.compute(address, (a, w) -> w == null || w.minute != minute ? new Window(minute) : w);
    }
}
