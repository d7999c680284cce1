package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Secrets;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Inviting people to a cohort by e-mail. The invitation stands for the trainer's approval; the
 * places and the closing date still hold when it is accepted. A person without an account is
 * asked to register with the invited address first.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    People people;

    @Inject
    EnrolmentService enrolments;

    @Inject
    MailQueue mail;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** Sends an invitation to the address, in the language of its account if there is one, else the cohort's. */
    public void invite(long trainerId, long cohortId, EmailAddress email, String name) {
        Cohort cohort = cohorts.byId(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        if (!cohort.enrolmentOpenAt(clock.instant())) {
            throw new RuleViolation("error.enrolment.closed");
        }
        String secret = Secrets.newSecret();
        Instant now = clock.instant();
        em.persist(new Invitation(cohort, email.value(), Secrets.digest(secret), trainerId, now, now.plus(VALID_FOR)));
        Person known = people.byEmail(email).orElse(null);
        Locale locale = known != null ? known.locale() : cohort.language().locale();
        String greeting = known != null ? known.fullName() : name == null || name.isBlank() ? email.value() : name.strip();
        mail.send(email, MailKind.COHORT_INVITATION, locale, greeting, cohort.name(), cohort.programme().title(),
                settings.tokenLink("/app/invitation.xhtml", secret), MailTemplates.dateTime(now.plus(VALID_FOR), locale,
                        known != null ? known.timeZone() : cohort.zone()), settings.link("/register.xhtml"));
    }

    /** The invitation behind a link, for the page that offers to accept it. */
    public Invitation find(String secret) {
        if (secret == null || secret.length() > 100) {
            throw new RuleViolation("error.invitation.invalid");
        }
        return em.createQuery("select i from Invitation i where i.digest = :digest", Invitation.class)
                .setParameter("digest", Secrets.digest(secret)).getResultList().stream().findFirst()
                .orElseThrow(() -> new RuleViolation("error.invitation.invalid"));
    }

    /** The signed-in person accepts: enrolled (or waitlisted when full); the link is used up. */
    public Enrolment accept(long personId, String secret) {
        Invitation invitation = em.find(Invitation.class, find(secret).id(), LockModeType.PESSIMISTIC_WRITE);
        Person person = people.byId(personId).orElseThrow(() -> new RuleViolation("error.account.unknown"));
        invitation.accept(person.email().value(), clock.instant());
        return enrolments.admitInvited(personId, invitation.cohort().id());
    }
}
