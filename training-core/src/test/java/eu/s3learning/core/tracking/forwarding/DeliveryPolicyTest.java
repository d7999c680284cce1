package eu.s3learning.core.tracking.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a statement is sent again, when an endpoint is tried again, and when a statement is given up. */
class DeliveryPolicyTest {

    private static final DeliveryPolicy POLICY = new DeliveryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(30));

    @Test
    void delaysDoubleFromTheFirstRetryAndStayBetweenHalfAndAllOfIt() {
        Random random = new Random(7);
        for (int failures = 1; failures <= 8; failures++) {
            long ceiling = 10_000L << (failures - 1);
            for (int draw = 0; draw < 200; draw++) {
                long delay = POLICY.retryDelay(failures, random).toMillis();
                assertTrue(delay >= ceiling / 2 && delay <= ceiling, failures + " failures: " + delay + " ms");
            }
        }
    }

    @Test
    void delaysAreCappedAtTheLongestRetryHoweverManyFailures() {
        Random random = new Random(7);
        for (int failures : new int[] {9, 10, 40, 63, 64, 1000, Integer.MAX_VALUE}) {
            long delay = POLICY.retryDelay(failures, random).toMillis();
            assertTrue(delay >= 15 * 60_000 && delay <= 30 * 60_000, failures + " failures: " + delay + " ms");
        }
    }

    @Test
    void jitterSpreadsSendersThatFailedTogether() {
        Random random = new Random(11);
        Set<Long> delays = new HashSet<>();
        for (int sender = 0; sender < 20; sender++) {
            delays.add(POLICY.retryDelay(3, random).toMillis());
        }
        assertTrue(delays.size() > 15, "twenty senders, " + delays.size() + " different delays");
    }

    @Test
    void aRetryAfterTheEndpointAskedForIsHonouredUpToTheLongestRetry() {
        Random random = new Random(3);
        assertEquals(Duration.ofMinutes(5), POLICY.retryDelay(1, Duration.ofMinutes(5), random));
        assertEquals(Duration.ofMinutes(30), POLICY.retryDelay(1, Duration.ofHours(6), random), "capped");
        Duration drawn = POLICY.retryDelay(1, Duration.ofSeconds(1), random);
        assertTrue(drawn.toMillis() >= 5_000, "a shorter request does not shorten the back-off: " + drawn);
        Duration unasked = POLICY.retryDelay(2, null, random);
        assertTrue(unasked.toMillis() >= 10_000 && unasked.toMillis() <= 20_000, unasked.toString());
    }

    @Test
    void aStatementIsADeadLetterAfterTheConfiguredRefusalsOrAtOnceOnAConflict() {
        assertFalse(POLICY.deadAfter(4, DeliveryOutcome.REFUSED));
        assertTrue(POLICY.deadAfter(5, DeliveryOutcome.REFUSED));
        assertFalse(POLICY.deadAfter(4, DeliveryOutcome.SERVER_ERROR));
        assertTrue(POLICY.deadAfter(5, DeliveryOutcome.SERVER_ERROR));
        assertTrue(POLICY.deadAfter(1, DeliveryOutcome.CONFLICT), "sending again cannot mend a conflict");
        assertTrue(new DeliveryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).deadAfter(1,
                DeliveryOutcome.REFUSED));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(0, Duration.ofSeconds(1),
                Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(3, Duration.ZERO,
                Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(3, Duration.ofMinutes(2),
                Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> POLICY.retryDelay(0, new Random()));
    }

    @Test
    void answersMeanWhatTheForwardingRulesSay() {
        assertEquals(DeliveryOutcome.DELIVERED, DeliveryOutcome.of(200));
        assertEquals(DeliveryOutcome.DELIVERED, DeliveryOutcome.of(204));
        assertEquals(DeliveryOutcome.DELIVERED, DeliveryOutcome.of(201), "a proxy's 2xx is taken at its word");
        assertEquals(DeliveryOutcome.CONFLICT, DeliveryOutcome.of(409));
        for (int refused : new int[] {400, 405, 413, 415, 422}) {
            assertEquals(DeliveryOutcome.REFUSED, DeliveryOutcome.of(refused), "HTTP " + refused);
        }
        for (int serverError : new int[] {500, 501, 505, 507}) {
            assertEquals(DeliveryOutcome.SERVER_ERROR, DeliveryOutcome.of(serverError), "HTTP " + serverError);
        }
        for (int unavailable : new int[] {0, 100, 301, 302, 401, 403, 404, 408, 429, 502, 503, 504}) {
            assertEquals(DeliveryOutcome.UNAVAILABLE, DeliveryOutcome.of(unavailable), "HTTP " + unavailable);
        }
        assertTrue(DeliveryOutcome.REFUSED.chargesStatements() && !DeliveryOutcome.REFUSED.backsOffEndpoint());
        assertTrue(DeliveryOutcome.SERVER_ERROR.chargesStatements() && DeliveryOutcome.SERVER_ERROR.backsOffEndpoint());
        assertTrue(!DeliveryOutcome.UNAVAILABLE.chargesStatements() && DeliveryOutcome.UNAVAILABLE.backsOffEndpoint());
    }
}
