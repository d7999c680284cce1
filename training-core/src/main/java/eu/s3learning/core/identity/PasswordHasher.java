package eu.s3learning.core.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * argon2id with one of OWASP's equivalent parameter sets: 7 MiB, 5 iterations, 1 lane. OWASP
 * rates it as strong as 19 MiB with 2 iterations; with password4j it costs about 50 ms here
 * against 360 ms for the 19 MiB set (bench/signin measures it). Hashes are stored in the
 * PHC string format, so the parameters travel with each hash and can be raised later:
 * {@link #needsRehash} tells when a stored hash was made with weaker ones.
 * <p>
 * At most one hash per processor runs at a time. A memory-hard hash is meant to be heavy on
 * memory: ten at once on two cores thrash the caches and each costs three times its CPU
 * (measured: 100 hashes on 10 threads took 4.6 s unbounded, 1.5 s through this gate), and
 * unbounded they would let a flood of sign-in attempts claim 7 MiB per request thread.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 7 * 1024;
    static final int ITERATIONS = 5;
    static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private static final Argon2Function ARGON2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH, Argon2.ID);

    private static final Semaphore GATE = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** Verified against when no account matches, so a wrong e-mail costs as much time as a wrong password. */
    private static final String DECOY = hash("decoy password that matches no account");

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return gated(() -> Password.hash(password).addRandomSalt(SALT_LENGTH).with(ARGON2).getResult());
    }

    public static boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        try {
            return gated(() -> Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash)));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** Spends the same time as a real check and always fails. */
    public static boolean matchesNothing(String password) {
        matches(password == null ? "" : password, DECOY);
        return false;
    }

    private static <T> T gated(Supplier<T> work) {
        GATE.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            GATE.release();
        }
    }

    public static boolean needsRehash(String storedHash) {
        return !storedHash.startsWith("$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$");
    }
}
