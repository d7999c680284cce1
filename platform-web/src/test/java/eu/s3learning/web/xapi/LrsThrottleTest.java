package eu.s3learning.web.xapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LrsThrottleTest {

    /** 10:00:59.5, half a second before the clock's minute turns. */
    private static final long LATE_IN_A_MINUTE = 36_059_500L;

    @Test
    void failedAuthenticationsCountOverTheLastSixtySecondsAcrossTheTurnOfTheMinute() {
        LrsThrottle throttle = new LrsThrottle(60_000, 30);
        for (int i = 0; i < 30; i++) {
            assertTrue(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE));
            throttle.failedAuthentication("192.0.2.7", LATE_IN_A_MINUTE);
        }
        assertFalse(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE), "the 31st guess in a minute");
        assertFalse(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 1_000), "a second later, in the next clock minute");
        assertTrue(throttle.admits("198.51.100.4", LATE_IN_A_MINUTE + 1_000), "other addresses are not affected");
        assertTrue(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 60_500), "a minute after the guesses");
    }

    @Test
    void aFailureCountsForExactlySixtySeconds() {
        LrsThrottle throttle = new LrsThrottle(60_000, 30);
        for (int i = 0; i < 29; i++) {
            throttle.failedAuthentication("192.0.2.7", LATE_IN_A_MINUTE - 40_000);
        }
        throttle.failedAuthentication("192.0.2.7", LATE_IN_A_MINUTE);
        assertFalse(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 19_999), "30 failures in the last 60 s");
        assertTrue(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 20_000), "29 of them are a minute old");
        throttle.failedAuthentication("192.0.2.7", LATE_IN_A_MINUTE + 20_000);
        assertTrue(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 20_000), "2 failures in the last 60 s");
    }

    @Test
    void requestsOverTheLimitAreRefusedUntilEnoughOfThemAreAMinuteOld() {
        LrsThrottle throttle = new LrsThrottle(100, 30);
        long start = LATE_IN_A_MINUTE - 59_000;
        for (int i = 0; i < 100; i++) {
            assertTrue(throttle.admits("192.0.2.7", start));
        }
        assertFalse(throttle.admits("192.0.2.7", start));
        assertFalse(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 1_000));
        assertTrue(throttle.admits("192.0.2.7", LATE_IN_A_MINUTE + 59_000), "the minute before weighs little by then");
    }
}
