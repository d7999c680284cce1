package eu.s3learning.core.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per client address. After a number of free
 * failures each further failure blocks the key for twice as long as the last (30 s, 1 min,
 * 2 min …), never longer than the cap, and failures are forgotten after a quiet period. No
 * lockout is permanent, so an attacker cannot shut a person out for good by guessing on
 * their behalf.
 * <p>
 * Kept in memory: the platform runs as one process, and a restart only forgets a few minutes.
 */
public class SignInThrottle {

    private static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    private static final Duration CAP = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int freeFailuresPerAccount;
    private final int freeFailuresPerAddress;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, int freeFailuresPerAccount, int freeFailuresPerAddress) {
        this.clock = clock;
        this.freeFailuresPerAccount = freeFailuresPerAccount;
        this.freeFailuresPerAddress = freeFailuresPerAddress;
    }

    /** How long the caller must wait before trying, if at all. */
    public Optional<Duration> blockedFor(String accountKey, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(accountKey, address)) {
            Failures f = failures.get(key);
            if (f != null && f.blockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, f.blockedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String accountKey, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        failures.compute(account(accountKey), (k, f) -> next(f, now, freeFailuresPerAccount));
        failures.compute(address(address), (k, f) -> next(f, now, freeFailuresPerAddress));
    }

    /** A right password clears the account's failures; the address keeps its count, or one right password would reset a spray. */
    public void succeeded(String accountKey) {
        failures.remove(account(accountKey));
    }

    private static Failures next(Failures previous, Instant now, int free) {
        int count = previous == null || previous.last.plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count + 1;
        Instant blockedUntil = now;
        if (count > free) {
            int doublings = Math.min(count - free - 1, 10);
            Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
            blockedUntil = now.plus(block.compareTo(CAP) > 0 ? CAP : block);
        }
        return new Failures(count, now, blockedUntil);
    }

    private void forgetOld(Instant now) {
        failures.entrySet().removeIf(e -> e.getValue().last.plus(FORGET_AFTER).isBefore(now)
                && !e.getValue().blockedUntil.isAfter(now));
    }

    private static String[] keys(String accountKey, String address) {
        return new String[] {account(accountKey), address(address)};
    }

    private static String account(String accountKey) {
        return "account:" + accountKey;
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
