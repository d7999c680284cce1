package eu.s3learning.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashesWithArgon2idAndVerifies() {
        String hash = PasswordHasher.hash("cluster policy in Timisoara");
        assertTrue(hash.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), hash);
        assertTrue(PasswordHasher.matches("cluster policy in Timisoara", hash));
        assertFalse(PasswordHasher.matches("cluster policy in Timisoarb", hash));
        assertFalse(PasswordHasher.needsRehash(hash));
    }

    /** Made by password4j, which hashed passwords before the native library: stored hashes must keep working. */
    @Test
    void verifiesHashesMadeByTheFormerJavaHasher() {
        String password = "Cluster-Politik in Timișoara ✓";
        String current = "$argon2id$v=19$m=7168,t=5,p=1$2EDhbGPQ5L0qe7mjOvX3Fg$5eTcNcqqeOVzJOqfPuGGJ5qAeFhRHNNnoQSP74xqMqY";
        String older = "$argon2id$v=19$m=19456,t=2,p=1$z35AIueTLkCMo2MvcWldFw$aLwkdAAizlv0P/mo0IURyy7ikd5C2j+S4qWiwVuCe/I";
        assertTrue(PasswordHasher.matches(password, current));
        assertTrue(PasswordHasher.matches(password, older));
        assertFalse(PasswordHasher.matches(password.replace('ș', 's'), current));
        assertFalse(PasswordHasher.needsRehash(current));
        assertTrue(PasswordHasher.needsRehash(older));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("same password twice"), PasswordHasher.hash("same password twice"));
    }

    @Test
    void neverMatchesMalformedOrMissingHashes() {
        assertFalse(PasswordHasher.matches("anything", "not a hash"));
        assertFalse(PasswordHasher.matches("anything", null));
        assertFalse(PasswordHasher.matches(null, PasswordHasher.hash("x".repeat(12))));
        assertFalse(PasswordHasher.matchesNothing("decoy password that matches no account"));
    }

    @Test
    void asksForRehashOfWeakerParameters() {
        assertTrue(PasswordHasher.needsRehash("$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaA"));
        assertTrue(PasswordHasher.needsRehash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA"));
        assertTrue(PasswordHasher.needsRehash("$2a$10$abcdefghijklmnopqrstuv"));
    }
}
