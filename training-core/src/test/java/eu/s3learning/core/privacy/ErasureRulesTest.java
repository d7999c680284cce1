package eu.s3learning.core.privacy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.core.identity.Role;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Iri;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErasureRulesTest {

    private static Person person(String email, Role... roles) {
        Person person = new Person(EmailAddress.of(email), Profile.of("Ana Popescu", "ADR Vest", "RO", "ro", "Europe/Bucharest"),
                "hash", Instant.EPOCH);
        person.verifyEmail(Instant.EPOCH);
        EnumSet<Role> all = EnumSet.of(Role.TRAINEE);
        all.addAll(List.of(roles));
        person.replaceRoles(all);
        return person;
    }

    private static String refusal(long adminId, Person admin, long personId, Person person, long activeAdministrators) {
        return assertThrows(RuleViolation.class,
                () -> Erasure.check(adminId, admin, personId, person, activeAdministrators)).messageKey();
    }

    @Test
    void an_active_administrator_erases_someone_else_once() {
        Person admin = person("admin@example.ro", Role.ADMIN);
        Person trainee = person("ana@example.ro");
        assertDoesNotThrow(() -> Erasure.check(1, admin, 2, trainee, 1));
        trainee.erase();
        assertEquals("error.erasure.already", refusal(1, admin, 2, trainee, 1));
    }

    @Test
    void only_an_active_administrator_may_erase_and_never_themselves() {
        Person trainer = person("trainer@example.ro", Role.TRAINER);
        Person trainee = person("ana@example.ro");
        assertEquals("error.forbidden", refusal(1, trainer, 2, trainee, 1));
        assertEquals("error.forbidden", refusal(1, null, 2, trainee, 1));
        Person admin = person("admin@example.ro", Role.ADMIN);
        assertEquals("error.erasure.self", refusal(1, admin, 1, admin, 2));
        Person closed = person("closed@example.ro", Role.ADMIN);
        closed.deactivate();
        assertEquals("error.forbidden", refusal(3, closed, 2, trainee, 1));
    }

    @Test
    void the_last_active_administrator_is_never_erased() {
        Person admin = person("admin@example.ro", Role.ADMIN);
        Person other = person("other@example.ro", Role.ADMIN);
        assertEquals("error.erasure.lastAdministrator", refusal(1, admin, 2, other, 1));
        assertDoesNotThrow(() -> Erasure.check(1, admin, 2, other, 2));
    }

    @Test
    void features_that_passed_data_on_add_their_follow_ups() {
        PersonErased erased = new PersonErased(42, new Agent(null,
                new InverseFunctionalIdentifier.Account(new Iri("http://s3.test/"), "42")), Instant.EPOCH);
        erased.followUp(PersonErased.EXTERNAL_LRS, "Regional LRS");
        erased.followUp(PersonErased.EXTERNAL_LRS, "x".repeat(300));
        assertEquals(List.of(new PersonErased.FollowUp(PersonErased.EXTERNAL_LRS, "Regional LRS"),
                new PersonErased.FollowUp(PersonErased.EXTERNAL_LRS, "x".repeat(200))), erased.followUps());
        assertThrows(IllegalArgumentException.class, () -> erased.followUp("", "Regional LRS"));
        assertThrows(IllegalArgumentException.class, () -> erased.followUp(PersonErased.EXTERNAL_LRS, " "));
    }
}
