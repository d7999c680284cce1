package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://adlnet.gov/expapi/verbs/completed", "mailto:a@b.c", "urn:uuid:1", "a:b",
            "x+y.z-9:c:d", "http://example.org/%C3%A9t%c3%a9", "http://example.org/été", "http://example.org/😀",
            "http://example.org/a?b=c#d", "tag:\u0080"})
    void acceptsAbsoluteIris(String value) {
        assertTrue(Iri.isAbsolute(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a:", ":b", "9a:b", "a b:c", "a_b:c", "/relative/path", "http://a b",
            "http://a\tb", "http://a\u007fb", "http://a<b", "http://a>b", "http://a\"b", "http://a{b", "http://a}b",
            "http://a|b", "http://a\\b", "http://a^b", "http://a`b", "http://a%", "http://a%2", "http://a%2G",
            "http://a%G2"})
    void refusesOthers(String value) {
        assertFalse(Iri.isAbsolute(value), value);
    }
}
