package eu.s3learning.core.tracking.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class IndexHashTest {

    private static long firstEightBytesOfSha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    /** Stored index rows hold these keys: a change of the function would hide every statement stored before it. */
    @Test
    void keysAreTheFirstEightBytesOfTheSha256OfTheTextSeenOrNot() throws Exception {
        String verb = "http://adlnet.gov/expapi/verbs/attended";
        assertEquals(firstEightBytesOfSha256(verb), IndexHash.of(verb));
        assertEquals(firstEightBytesOfSha256(verb), IndexHash.of(verb), "the second time, from memory");
        String iriLongerThanKept = "https://example.org/" + "a".repeat(600);
        assertEquals(firstEightBytesOfSha256(iriLongerThanKept), IndexHash.of(iriLongerThanKept));
    }

    @Test
    void anAgentsKeyIsThatOfItsIdentifierWhateverItsName() throws Exception {
        Agent ana = new Agent("Ana", new InverseFunctionalIdentifier.Mbox("mailto:ana@example.ro"));
        Agent anaUnnamed = new Agent(null, new InverseFunctionalIdentifier.Mbox("mailto:ana@example.ro"));
        Agent dan = new Agent("Ana", new InverseFunctionalIdentifier.Mbox("mailto:dan@example.ro"));
        assertEquals(firstEightBytesOfSha256("mbox mailto:ana@example.ro"), IndexHash.ofActor(ana));
        assertEquals(IndexHash.ofActor(ana), IndexHash.ofActor(anaUnnamed));
        assertNotEquals(IndexHash.ofActor(ana), IndexHash.ofActor(dan));
    }
}
