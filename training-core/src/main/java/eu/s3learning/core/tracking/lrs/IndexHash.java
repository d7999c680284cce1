package eu.s3learning.core.tracking.lrs;

import eu.s3learning.xapi.Actor;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.BoundedMemo;
import eu.s3learning.xapi.Group;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 64-bit keys by which the LRS indexes IRIs and agents: the first 8 bytes of the SHA-256 of their text.
 * An index on a long fits the B-tree where IRIs of up to thousands of characters would not; two different
 * values share a key with odds of one in 2^64 per pair.
 */
public final class IndexHash {

    /** Keys of IRIs already seen: a batch names the same verbs and activities again and again. */
    private static final BoundedMemo<Long> KNOWN = new BoundedMemo<>(IndexHash::digest, 4096, 512);
    /**
     * Keys of agents already seen, apart from the IRIs so that many learners cannot crowd those out: every statement
     * names its authority, and a learner's statements come in runs.
     */
    private static final BoundedMemo<Long> KNOWN_AGENTS = new BoundedMemo<>(IndexHash::digest, 8192, 512);
    /** Looking the algorithm up cost as much as the hash of a short text. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    });

    private IndexHash() {
    }

    /** The key of an IRI (or any text that names a thing many statements share). */
    public static long of(String text) {
        return KNOWN.apply(text);
    }

    private static long digest(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    /**
     * The key of an Agent or identified Group: its inverse functional identifier, which alone says who it is
     * (names do not count). Null for an anonymous Group, which is known only by its members.
     */
    public static Long ofActor(Actor actor) {
        InverseFunctionalIdentifier identifier = actor instanceof Agent agent ? agent.identifier()
                : ((Group) actor).identifier();
        return identifier == null ? null : KNOWN_AGENTS.apply(identifying(identifier));
    }

    /** The identifier as text, one spelling for each kind, so that the same agent always gets the same key. */
    public static String identifying(InverseFunctionalIdentifier identifier) {
        if (identifier instanceof InverseFunctionalIdentifier.Mbox mbox) {
            return "mbox " + mbox.mailto();
        }
        if (identifier instanceof InverseFunctionalIdentifier.MboxSha1Sum sum) {
            return "mbox_sha1sum " + sum.sha1();
        }
        if (identifier instanceof InverseFunctionalIdentifier.OpenId openId) {
            return "openid " + openId.uri().value();
        }
        InverseFunctionalIdentifier.Account account = (InverseFunctionalIdentifier.Account) identifier;
        return "account " + account.homePage().value() + " " + account.name();
    }
}
