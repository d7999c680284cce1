package eu.s3learning.core.tracking.forwarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the secrets of external LRSs, which must be sent and so cannot be stored as digests. With
 * {@code S3_SECRET_KEY} (32 random bytes in base64) they are sealed with AES-256-GCM, so a copy of the database
 * alone does not give them away; without it they are stored as given, marked so, and sealed at the next start
 * that has a key. The key itself never reaches the database.
 */
@ApplicationScoped
public class SecretSeal {

    private static final String SEALED = "aes-gcm:";
    private static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds a sealed value to its use: it cannot be passed off as another kind of secret sealed with the key. */
    private static final byte[] PURPOSE = "s3 external LRS secret".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "s3.secret-key")
    Optional<String> configuredKey;

    private volatile SecretKeySpec key;

    protected SecretSeal() {
    }

    /** A seal with this key (base64), or none when null. */
    public SecretSeal(String base64Key) {
        this.configuredKey = Optional.ofNullable(base64Key);
    }

    /** Whether secrets are sealed, rather than stored as given. */
    public boolean sealing() {
        return key() != null;
    }

    public String seal(String secret) {
        SecretKeySpec k = key();
        if (k == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /** The secret a stored value holds; refused when it was sealed with a key that is not configured now. */
    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("The stored secret has an unknown form");
        }
        SecretKeySpec k = key();
        if (k == null) {
            throw new IllegalStateException("The secret was sealed with S3_SECRET_KEY, which is not configured now");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(PURPOSE);
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("S3_SECRET_KEY does not open the stored secret: was the key changed?");
        }
    }

    /** Whether a stored value is kept as given and could be sealed now. */
    public boolean needsSealing(String stored) {
        return stored.startsWith(PLAIN) && sealing();
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            String text = configuredKey.filter(v -> !v.isBlank()).orElse(null);
            if (text == null) {
                return null;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text.strip());
            } catch (IllegalArgumentException notBase64) {
                bytes = new byte[0];
            }
            if (bytes.length != 32) {
                throw new IllegalStateException(
                        "S3_SECRET_KEY must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`");
            }
            k = new SecretKeySpec(bytes, "AES");
            key = k;
        }
        return k;
    }
}
