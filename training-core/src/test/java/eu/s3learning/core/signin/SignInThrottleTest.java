package eu.s3learning.core.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 5, 30);

    @Test
    void blocksAnAccountAfterFreeFailuresForGrowingButBoundedTimes() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.blockedFor("ana@x.ro", "10.0.0." + i).isEmpty());
            throttle.failed("ana@x.ro", "10.0.0." + i);
        }
        assertTrue(throttle.blockedFor("ana@x.ro", "10.0.0.1").isEmpty(), "five failures are free");
        throttle.failed("ana@x.ro", "10.0.0.9");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.blockedFor("ana@x.ro", "10.0.0.77"),
                "blocked whatever the address");
        clock.advance(Duration.ofSeconds(31));
        throttle.failed("ana@x.ro", "10.0.0.9");
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.blockedFor("ana@x.ro", "10.0.0.9"));
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(16));
            throttle.failed("ana@x.ro", "10.0.0.9");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.blockedFor("ana@x.ro", "10.0.0.9"),
                "never longer than the cap: no permanent lockout");
        assertTrue(throttle.blockedFor("bob@x.ro", "10.0.0.50").isEmpty(), "other accounts are not affected");
    }

    @Test
    void blocksAnAddressThatSpraysManyAccounts() {
        for (int i = 0; i < 31; i++) {
            throttle.failed("user" + i + "@x.ro", "192.0.2.7");
        }
        assertTrue(throttle.blockedFor("fresh@x.ro", "192.0.2.7").isPresent());
        assertTrue(throttle.blockedFor("fresh@x.ro", "192.0.2.8").isEmpty());
    }

    @Test
    void aRightPasswordClearsTheAccountAndQuietTimeClearsEverything() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana@x.ro", "10.0.0.1");
        }
        throttle.succeeded("ana@x.ro");
        throttle.failed("ana@x.ro", "10.0.0.1");
        assertTrue(throttle.blockedFor("ana@x.ro", "10.0.0.2").isEmpty());
        for (int i = 0; i < 6; i++) {
            throttle.failed("ana@x.ro", "10.0.0.1");
        }
        assertTrue(throttle.blockedFor("ana@x.ro", "10.0.0.2").isPresent());
        clock.advance(Duration.ofMinutes(46));
        throttle.failed("ana@x.ro", "10.0.0.1");
        assertTrue(throttle.blockedFor("ana@x.ro", "10.0.0.2").isEmpty(), "failures are forgotten after a quiet half hour");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-05-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
