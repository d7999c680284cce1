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
