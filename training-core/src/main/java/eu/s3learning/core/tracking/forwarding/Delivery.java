package eu.s3learning.core.tracking.forwarding;

import java.time.Duration;

/**
 * What an endpoint answered to one request.
 *
 * @param status the HTTP status, or 0 when there was no answer
 * @param problem what went wrong, for the administrator: the start of the answer, or why none came; null when
 *         delivered
 * @param retryAfter the wait the endpoint asked for (Retry-After in seconds), or null
 */
public record Delivery(int status, String problem, Duration retryAfter) {

    public static Delivery noAnswer(String why) {
        return new Delivery(0, why, null);
    }

    public DeliveryOutcome outcome() {
        return DeliveryOutcome.of(status);
    }

    /** The line kept as the last error: the status and what the endpoint said, or why it said nothing. */
    public String error() {
        if (status == 0) {
            return problem;
        }
        return "HTTP " + status + (problem == null || problem.isBlank() ? "" : ": " + problem);
    }
}
