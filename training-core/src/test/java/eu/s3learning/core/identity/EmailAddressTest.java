package eu.s3learning.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSpace() {
        assertEquals("ana.ionescu@adr-vest.ro", EmailAddress.of("  Ana.Ionescu@ADR-Vest.ro ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "a@@b.ro", "a b@c.ro", "a@b..ro", "a..b@c.ro", "<script>@x.ro", "a@-b.ro",
            "a@b.ro\nBcc: x@y.ro"})
    void refusesMalformedAddresses(String input) {
        assertEquals("error.email.invalid", assertThrows(RuleViolation.class, () -> EmailAddress.of(input)).messageKey());
    }

    @Test
    void refusesEmptyAndOverlongAddresses() {
        assertEquals("error.email.required", assertThrows(RuleViolation.class, () -> EmailAddress.of(" ")).messageKey());
        String overlong = "a".repeat(64) + "@" + "b".repeat(190) + ".ro";
        assertEquals("error.email.tooLong", assertThrows(RuleViolation.class, () -> EmailAddress.of(overlong)).messageKey());
    }
}
