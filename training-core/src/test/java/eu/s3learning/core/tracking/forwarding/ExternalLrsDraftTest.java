package eu.s3learning.core.tracking.forwarding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an administrator may give as an external LRS, and the message for what they may not. */
class ExternalLrsDraftTest {

    private static ExternalLrsDraft draft(String name, String endpoint, String key, String secret) {
        return draft(name, endpoint, key, secret, null);
    }

    private static ExternalLrsDraft draft(String name, String endpoint, String key, String secret, Long programme) {
        return new ExternalLrsDraft(name, endpoint, key, secret, programme);
    }

    private static String refusal(ExternalLrsDraft draft, boolean secretRequired) {
        return assertThrows(RuleViolation.class, () -> draft.checked(secretRequired)).messageKey();
    }

    @Test
    void keepsATrimmedDraftWithTheEndpointNormalised() {
        ExternalLrsDraft checked = draft("  Regional LRS ", " https://LRS.example.org:8443/xapi/statements/ ",
                " key ", " secret \n", 4L).checked(true);
        assertEquals("Regional LRS", checked.name());
        assertEquals("https://LRS.example.org:8443/xapi", checked.endpoint());
        assertEquals("key", checked.apiKey());
        assertEquals("secret", checked.secret());
        assertEquals(4L, checked.programmeId());
        assertNull(draft("A", "http://lrs/xapi", "k", "  ", null).checked(false).secret(), "keep the secret it has");
    }

    @Test
    void refusesEachMissingOrOversizedField() {
        assertEquals("forwarding.name.required", refusal(draft(" ", "http://lrs/xapi", "k", "s"), true));
        assertEquals("forwarding.name.tooLong", refusal(draft("n".repeat(121), "http://lrs/xapi", "k", "s"), true));
        assertEquals("forwarding.name.control", refusal(draft("a\u0007b", "http://lrs/xapi", "k", "s"), true));
        assertEquals("forwarding.key.required", refusal(draft("A", "http://lrs/xapi", "", "s"), true));
        assertEquals("forwarding.key.tooLong", refusal(draft("A", "http://lrs/xapi", "k".repeat(201), "s"), true));
        assertEquals("forwarding.key.colon", refusal(draft("A", "http://lrs/xapi", "k:x", "s"), true));
        assertEquals("forwarding.secret.required", refusal(draft("A", "http://lrs/xapi", "k", null), true));
        assertEquals("forwarding.secret.tooLong", refusal(draft("A", "http://lrs/xapi", "k", "s".repeat(501)), true));
        RuleViolation tooLong = assertThrows(RuleViolation.class,
                () -> draft("n".repeat(121), "http://lrs/xapi", "k", "s").checked(true));
        assertArrayEquals(new Object[] {120}, tooLong.arguments(), "the message says how long it may be");
    }

    @Test
    void refusesAddressesThatAreNotAnHttpLrsEndpoint() {
        assertEquals("forwarding.endpoint.required", refusal(draft("A", "", "k", "s"), true));
        assertEquals("forwarding.endpoint.invalid", refusal(draft("A", "http://lrs/x api", "k", "s"), true));
        assertEquals("forwarding.endpoint.invalid", refusal(draft("A", "http:///xapi", "k", "s"), true));
        assertEquals("forwarding.endpoint.scheme", refusal(draft("A", "lrs.example.org/xapi", "k", "s"), true));
        assertEquals("forwarding.endpoint.scheme", refusal(draft("A", "ftp://lrs/xapi", "k", "s"), true));
        assertEquals("forwarding.endpoint.scheme", refusal(draft("A", "javascript:alert(1)", "k", "s"), true));
        assertEquals("forwarding.endpoint.scheme", refusal(draft("A", "file:///etc/passwd", "k", "s"), true));
        assertEquals("forwarding.endpoint.credentials", refusal(draft("A", "https://u:p@lrs/xapi", "k", "s"), true));
        assertEquals("forwarding.endpoint.query", refusal(draft("A", "https://lrs/xapi?x=1", "k", "s"), true));
        assertEquals("forwarding.endpoint.query", refusal(draft("A", "https://lrs/xapi#top", "k", "s"), true));
        assertEquals("forwarding.endpoint.tooLong",
                refusal(draft("A", "https://lrs/" + "x".repeat(500), "k", "s"), true));
    }

    @Test
    void theEndpointNamesItsResources() {
        LrsEndpoint endpoint = LrsEndpoint.of("HTTPS://lrs.example.org/xapi/");
        UUID id = UUID.fromString("3f1e5b2c-7a4d-4c1b-9e8f-0a1b2c3d4e5f");
        assertEquals("https://lrs.example.org/xapi/statements", endpoint.statements().toString());
        assertEquals("https://lrs.example.org/xapi/statements?statementId=" + id, endpoint.statement(id).toString());
        assertEquals("https://lrs.example.org/xapi/about", endpoint.about().toString());
        assertEquals("http://127.0.0.1:8080", LrsEndpoint.of("http://127.0.0.1:8080/").toString());
    }
}
