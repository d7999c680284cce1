package eu.s3learning.core.cohort;

import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import java.time.Instant;

/** Enrolments for tests of other features, built the way the enrolment service builds them. */
public final class Enrolments {

    private Enrolments() {
    }

    public static Enrolment enrolled(Cohort cohort) {
        Enrolment enrolment = pending(cohort);
        enrolment.admit(Instant.EPOCH);
        return enrolment;
    }

    public static Enrolment pending(Cohort cohort) {
        return pending(cohort, "Ana Popescu", "ana@adr-vest.ro", "ADR Vest");
    }

    /** An enrolled trainee of this name, address and organisation. */
    public static Enrolment enrolled(Cohort cohort, String name, String email, String organisation) {
        Enrolment enrolment = pending(cohort, name, email, organisation);
        enrolment.admit(Instant.EPOCH);
        return enrolment;
    }

    private static Enrolment pending(Cohort cohort, String name, String email, String organisation) {
        Person person = new Person(EmailAddress.of(email), Profile.of(name, organisation, "RO", "ro", "Europe/Bucharest"), "hash",
                Instant.EPOCH);
        return new Enrolment(cohort, person, Instant.EPOCH);
    }

    public static void unlockWrapUp(Enrolment enrolment, String reason) {
        enrolment.unlockWrapUp(9L, reason);
    }
}
