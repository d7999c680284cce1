package eu.s3learning.core.tracking.forwarding;

import java.time.Instant;
import java.util.UUID;

/** A statement an endpoint refused until the platform gave up, with the endpoint's last word on it. */
public record DeadLetter(long id, long endpointId, String endpointName, UUID statementId, Instant queued,
        Instant dead, int attempts, String lastError) {
}
