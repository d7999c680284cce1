package eu.s3learning.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static Person newPerson() {
        Profile profile = new Profile("Ana Ionescu", "ADR Vest", "RO", Language.RO, ZoneId.of("Europe/Bucharest"));
        return new Person(EmailAddress.of("ana@adr-vest.ro"), profile, "hash", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void registersAsPendingTrainee() {
        Person person = newPerson();
        assertEquals(AccountStatus.PENDING_VERIFICATION, person.status());
        assertEquals(Set.of(Role.TRAINEE), person.roles());
        person.verifyEmail(Instant.parse("2026-01-02T00:00:00Z"));
        assertEquals(AccountStatus.ACTIVE, person.status());
    }

    @Test
    void passwordChangeDeactivationAndRoleChangeEndSessions() {
        Person person = newPerson();
        person.verifyEmail(Instant.now());
        int epoch = person.sessionEpoch();
        person.changePasswordHash("other");
        assertEquals(epoch + 1, person.sessionEpoch());
        person.replaceRoles(EnumSet.of(Role.TRAINEE, Role.TRAINER));
        assertEquals(epoch + 2, person.sessionEpoch());
        person.replaceRoles(EnumSet.of(Role.TRAINEE, Role.TRAINER));
        assertEquals(epoch + 2, person.sessionEpoch(), "the same roles again change nothing");
        person.deactivate();
        assertEquals(epoch + 3, person.sessionEpoch());
        person.upgradePasswordHash("rehash");
        assertEquals(epoch + 3, person.sessionEpoch(), "a rehash of the same password keeps sessions");
    }

    @Test
    void reactivationRestoresTheStateBeforeDeactivation() {
        Person pending = newPerson();
        pending.deactivate();
        pending.reactivate();
        assertEquals(AccountStatus.PENDING_VERIFICATION, pending.status());
        assertEquals("error.account.notDeactivated", assertThrows(RuleViolation.class, pending::reactivate).messageKey());
        assertEquals("error.roles.empty",
                assertThrows(RuleViolation.class, () -> pending.replaceRoles(EnumSet.noneOf(Role.class))).messageKey());
    }

    @Test
    void profileRefusesMissingOverlongAndUnknownValues() {
        assertEquals("error.fullName.required", refusal(() -> Profile.of(" ", "Org", "RO", "ro", "UTC")));
        assertEquals("error.fullName.tooLong", refusal(() -> Profile.of("n".repeat(121), "Org", "RO", "ro", "UTC")));
        assertEquals("error.fullName.invalid", refusal(() -> Profile.of("Ana\u0000", "Org", "RO", "ro", "UTC")));
        assertEquals("error.organisation.required", refusal(() -> Profile.of("Ana", null, "RO", "ro", "UTC")));
        assertEquals("error.language.unknown", refusal(() -> Profile.of("Ana", "Org", "RO", "de", "UTC")));
        assertEquals("error.timeZone.unknown", refusal(() -> Profile.of("Ana", "Org", "RO", "ro", "Mars/Olympus")));
        assertEquals("error.country.required", refusal(() -> Profile.of("Ana", "Org", "", "ro", "UTC")));
    }

    private static String refusal(org.junit.jupiter.api.function.Executable executable) {
        return assertThrows(RuleViolation.class, executable).messageKey();
    }

    @Test
    void erasureForgetsWhoThePersonWasAndClosesTheAccountForGood() {
        Person person = newPerson();
        person.verifyEmail(Instant.now());
        person.replaceRoles(EnumSet.of(Role.TRAINEE, Role.TRAINER));
        int epoch = person.sessionEpoch();
        person.erase();
        assertEquals(AccountStatus.ERASED, person.status());
        assertTrue(person.erased());
        assertTrue(person.email().value().endsWith("@" + Person.ERASED_DOMAIN), person.email().value());
        assertNotEquals("ana@adr-vest.ro", person.email().value());
        assertEquals(Person.ERASED_NAME, person.fullName());
        assertEquals("", person.organisation());
        assertEquals("ZZ", person.countryCode());
        assertEquals(Set.of(), person.roles());
        assertNull(person.verifiedAt());
        assertFalse(PasswordHasher.matches("hash", person.passwordHash()));
        assertEquals(epoch + 1, person.sessionEpoch(), "open sessions end");

        assertEquals("error.account.erased", assertThrows(RuleViolation.class, person::erase).messageKey());
        assertEquals("error.account.erased", assertThrows(RuleViolation.class, person::reactivate).messageKey());
        assertEquals("error.account.erased", assertThrows(RuleViolation.class, person::deactivate).messageKey());
        assertEquals("error.account.erased", assertThrows(RuleViolation.class,
                () -> person.replaceRoles(EnumSet.of(Role.ADMIN))).messageKey());
    }

    @Test
    void twoErasedPeopleNeverShareAnAddress() {
        Person one = newPerson();
        Person two = newPerson();
        one.erase();
        two.erase();
        assertNotEquals(one.email(), two.email());
    }
}
