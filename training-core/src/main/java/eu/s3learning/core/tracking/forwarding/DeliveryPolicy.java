package eu.s3learning.core.tracking.forwarding;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try again and when to give up. Delays double from {@code firstRetry} up to {@code longestRetry}, and
 * each is drawn between half and all of that ("equal jitter"): never at once, and senders of many platforms that
 * failed together do not come back together.
 *
 * @param attempts how many times a statement may be refused (or fail with a 5xx) before it is a dead letter
 */
public record DeliveryPolicy(int attempts, Duration firstRetry, Duration longestRetry) {

    public DeliveryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("A statement needs at least one attempt");
        }
        if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("The first retry must be positive and no longer than the longest");
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration retryDelay(int failures, RandomGenerator random) {
        if (failures < 1) {
            throw new IllegalArgumentException("No failure, no delay");
        }
        long first = firstRetry.toMillis();
        long longest = longestRetry.toMillis();
        int shift = failures - 1;
        // first * 2^shift, or the longest when that would not fit in a long
        long ceiling = shift >= Long.numberOfLeadingZeros(first) - 1 ? longest : Math.min(longest, first << shift);
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + random.nextLong(ceiling - floor + 1));
    }

    /** The wait an endpoint asked for (Retry-After) counts when longer, but never beyond the longest retry. */
    public Duration retryDelay(int failures, Duration requested, RandomGenerator random) {
        Duration drawn = retryDelay(failures, random);
        if (requested == null || requested.compareTo(drawn) <= 0) {
            return drawn;
        }
        return requested.compareTo(longestRetry) > 0 ? longestRetry : requested;
    }

    /** Whether a statement refused this many times is a dead letter. */
    public boolean deadAfter(int refusals, DeliveryOutcome last) {
        return last == DeliveryOutcome.CONFLICT || refusals >= attempts;
    }
}
