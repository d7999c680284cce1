package eu.s3learning.core.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final EmailAddress owner = EmailAddress.of("maria.popescu@example.ro");

    private static String refusal(String password, EmailAddress owner) {
        return assertThrows(RuleViolation.class, () -> PasswordPolicy.check(password, owner)).messageKey();
    }

    @Test
    void refusesMissingShortAndOverlongPasswords() {
        assertEquals("error.password.required", refusal(null, owner));
        assertEquals("error.password.required", refusal("", owner));
        assertEquals("error.password.tooShort", refusal("elevenchars", owner));
        assertEquals("error.password.tooLong", refusal("x".repeat(129), owner));
    }

    @Test
    void countsCharactersNotBytes() {
        assertDoesNotThrow(() -> PasswordPolicy.check("țară-și-munți", owner), "13 characters, more bytes");
        assertEquals("error.password.tooShort", refusal("ăâîșțăâîșță", owner), "11 characters, 22 bytes");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertEquals("error.password.common", refusal("qwerty123456", owner));
        assertEquals("error.password.common", refusal("1QAZ2WSX3EDC", owner));
    }

    @Test
    void refusesThePersonsOwnAddress() {
        assertEquals("error.password.containsEmail", refusal("maria.popescu@example.ro!", owner));
        assertEquals("error.password.containsEmail", refusal("Maria.Popescu", EmailAddress.of("maria.popescu@x.ro")));
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertDoesNotThrow(() -> PasswordPolicy.check("cluster policy in Timisoara", owner));
    }
}
