package eu.s3learning.core.tracking.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** External LRS secrets at rest: sealed with S3_SECRET_KEY when there is one, and only opened by that key. */
class SecretSealTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void sealedSecretsHoldNothingReadableAndOpenWithTheirKey() {
        SecretSeal seal = new SecretSeal(newKey());
        String sealed = seal.seal("forwarding-secret-ĂÎȘ");
        assertTrue(seal.sealing());
        assertTrue(sealed.startsWith("aes-gcm:"));
        assertFalse(sealed.contains("forwarding"));
        assertNotEquals(sealed, seal.seal("forwarding-secret-ĂÎȘ"), "a fresh nonce every time");
        assertEquals("forwarding-secret-ĂÎȘ", seal.open(sealed));
        assertFalse(seal.needsSealing(sealed));
    }

    @Test
    void anotherKeyOrNoKeyCannotOpenThemAndSaysWhy() {
        String sealed = new SecretSeal(newKey()).seal("secret");
        IllegalStateException otherKey = assertThrows(IllegalStateException.class,
                () -> new SecretSeal(newKey()).open(sealed));
        assertTrue(otherKey.getMessage().contains("S3_SECRET_KEY"));
        IllegalStateException noKey = assertThrows(IllegalStateException.class, () -> new SecretSeal(null).open(sealed));
        assertTrue(noKey.getMessage().contains("not configured"));
        String tampered = sealed.substring(0, sealed.length() - 4) + "AAA=";
        assertThrows(IllegalStateException.class, () -> new SecretSeal(newKey()).open(tampered));
    }

    @Test
    void withoutAKeySecretsAreKeptAsGivenAndSealedOnceAKeyComes() {
        SecretSeal none = new SecretSeal(null);
        String plain = none.seal("secret");
        assertFalse(none.sealing());
        assertEquals("plain:secret", plain);
        assertEquals("secret", none.open(plain));
        assertFalse(none.needsSealing(plain));
        SecretSeal keyed = new SecretSeal(newKey());
        assertTrue(keyed.needsSealing(plain));
        assertEquals("secret", keyed.open(keyed.seal(keyed.open(plain))));
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedWithTheWayToMakeOne() {
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> new SecretSeal("too short").seal("secret"));
        assertTrue(wrong.getMessage().contains("openssl rand -base64 32"));
        assertThrows(IllegalStateException.class,
                () -> new SecretSeal(Base64.getEncoder().encodeToString(new byte[16])).seal("secret"));
    }
}
