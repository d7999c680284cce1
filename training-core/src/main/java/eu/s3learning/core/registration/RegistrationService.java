package eu.s3learning.core.registration;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.AccountTokens;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.PasswordPolicy;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.core.identity.TokenPurpose;
import eu.s3learning.core.journal.LearningEventSubject;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.reference.ReferenceData;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Registration and e-mail verification. Whether or not the address already has an account,
 * the person sees the same answer ("check your mailbox"); the mailbox's owner learns the rest.
 * So the form tells nobody which addresses are registered.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    People people;

    @Inject
    AccountTokens tokens;

    @Inject
    MailQueue mail;

    @Inject
    AuditLog audit;

    @Inject
    LearningJournal journal;

    @Inject
    ReferenceData reference;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Transactional
    public void register(RegistrationForm form, String clientAddress) {
        EmailAddress email = EmailAddress.of(form.email());
        Profile profile = Profile.of(form.fullName(), form.organisation(), form.countryCode(), form.language(), form.timeZone());
        if (reference.country(profile.countryCode()).isEmpty()) {
            throw new RuleViolation("error.country.unknown");
        }
        PasswordPolicy.check(form.password(), email);
        if (!form.privacyAccepted()) {
            throw new RuleViolation("error.privacy.required");
        }
        var existing = people.byEmail(email);
        if (existing.isPresent()) {
            Person owner = existing.get();
            mail.send(email, MailKind.ALREADY_REGISTERED, owner.locale(),
                    settings.link("/login.xhtml"), settings.link("/forgot-password.xhtml"));
            audit.record(SecurityEventType.REGISTRATION_DUPLICATE, owner.id(), null, email.value(), clientAddress, null);
            return;
        }
        Person person = new Person(email, profile, PasswordHasher.hash(form.password()), clock.instant());
        person.acceptPrivacyNotice(clock.instant());
        people.add(person);
        sendVerification(person);
        audit.record(SecurityEventType.REGISTERED, person.id(), person.id(), email.value(), clientAddress, null);
        journal.record(LearningEventType.REGISTERED, LearningEventSubject.person(person.id()), person.id(), null);
    }

    /** Activates the account the link was sent for. */
    @Transactional
    public Person verify(String token, String clientAddress) {
        Person person = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        person.verifyEmail(clock.instant());
        audit.record(SecurityEventType.EMAIL_VERIFIED, person.id(), person.id(), person.email().value(), clientAddress, null);
        return person;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sendVerification(Person person) {
        String token = tokens.issue(person, TokenPurpose.VERIFY_EMAIL);
        mail.send(person.email(), MailKind.VERIFY_EMAIL, person.locale(), person.fullName(),
                settings.tokenLink("/verify.xhtml", token),
                TokenPurpose.VERIFY_EMAIL.lifetime().toHours());
    }
}
