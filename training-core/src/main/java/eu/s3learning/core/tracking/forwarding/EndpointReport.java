package eu.s3learning.core.tracking.forwarding;

import java.time.Duration;
import java.time.Instant;

/**
 * An endpoint with how delivery to it goes, for the administration page, the health check and the lag alert.
 *
 * @param programmeTitle null when it receives every statement
 * @param oldestQueued when the oldest statement still waiting for it was stored, or null when none waits
 * @param retryAt until when it backs off, or null when it is due
 */
public record EndpointReport(long id, String name, String endpoint, String apiKey, String secretHint,
        Long programmeId, String programmeTitle, long queued, Instant oldestQueued, long deadLetters,
        long delivered, Instant lastDelivered, int failures, Instant retryAt, String lastError, Instant lastErrorAt,
        Instant lagAlertedAt) {

    /** How long the oldest waiting statement has waited, or zero when none waits. */
    public Duration oldestAge(Instant now) {
        return oldestQueued == null ? Duration.ZERO : Duration.between(oldestQueued, now);
    }

    /** Whether a statement has waited longer than an administrator should let it without being told. */
    public boolean lagging(Instant now, Duration alertAfter) {
        return oldestQueued != null && oldestAge(now).compareTo(alertAfter) > 0;
    }

    public boolean backingOff(Instant now) {
        return retryAt != null && retryAt.isAfter(now);
    }
}
