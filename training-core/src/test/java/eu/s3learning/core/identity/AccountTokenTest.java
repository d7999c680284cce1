package eu.s3learning.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private final Instant issued = Instant.parse("2026-03-01T10:00:00Z");
    private final Person person = new Person(EmailAddress.of("ion@example.ro"),
            new Profile("Ion", "Org", "RO", Language.RO, ZoneId.of("UTC")), "hash", issued);

    @Test
    void redeemsOnceWithinItsLifetime() {
        AccountToken token = new AccountToken(person, TokenPurpose.RESET_PASSWORD, "d", issued);
        assertSame(person, token.redeem(TokenPurpose.RESET_PASSWORD, issued.plusSeconds(3599)));
        assertEquals("error.token.used",
                assertThrows(RuleViolation.class, () -> token.redeem(TokenPurpose.RESET_PASSWORD, issued.plusSeconds(3599))).messageKey());
    }

    @Test
    void expiresAfterItsLifetime() {
        AccountToken reset = new AccountToken(person, TokenPurpose.RESET_PASSWORD, "d", issued);
        assertEquals("error.token.expired",
                assertThrows(RuleViolation.class, () -> reset.redeem(TokenPurpose.RESET_PASSWORD, issued.plusSeconds(3600))).messageKey());
        AccountToken verify = new AccountToken(person, TokenPurpose.VERIFY_EMAIL, "e", issued);
        assertSame(person, verify.redeem(TokenPurpose.VERIFY_EMAIL, issued.plusSeconds(47 * 3600)));
    }

    @Test
    void aTokenServesOnlyItsOwnPurposeAndAWithdrawnOneNothing() {
        AccountToken verify = new AccountToken(person, TokenPurpose.VERIFY_EMAIL, "d", issued);
        assertEquals("error.token.invalid",
                assertThrows(RuleViolation.class, () -> verify.redeem(TokenPurpose.RESET_PASSWORD, issued)).messageKey());
        verify.withdraw(issued);
        assertEquals("error.token.used",
                assertThrows(RuleViolation.class, () -> verify.redeem(TokenPurpose.VERIFY_EMAIL, issued)).messageKey());
    }

    @Test
    void storesADigestNotTheToken() {
        assertEquals(64, AccountTokens.digest("abc").length());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AccountTokens.digest("abc"));
    }
}
