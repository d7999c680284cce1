package eu.s3learning.core.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane). Hashes are stored in the
 * PHC string format, so the parameters travel with each hash and can be raised later:
 * {@link #needsRehash} tells when a stored hash was made with weaker ones.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private static final Argon2Function ARGON2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH, Argon2.ID);

    /** Verified against when no account matches, so a wrong e-mail costs as much time as a wrong password. */
    private static final String DECOY = hash("decoy password that matches no account");

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_LENGTH).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        try {
            return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    /** Spends the same time as a real check and always fails. */
    public static boolean matchesNothing(String password) {
        matches(password == null ? "" : password, DECOY);
        return false;
    }

    public static boolean needsRehash(String storedHash) {
        return !storedHash.startsWith("$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$");
    }
}
