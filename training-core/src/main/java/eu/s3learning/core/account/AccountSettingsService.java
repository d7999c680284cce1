package eu.s3learning.core.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.PasswordPolicy;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.reference.ReferenceData;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What people change about their own account: profile, language, time zone, password. */
@ApplicationScoped
public class AccountSettingsService {

    @Inject
    People people;

    @Inject
    ReferenceData reference;

    @Inject
    AuditLog audit;

    @Inject
    MailQueue mail;

    @Inject
    PlatformSettings settings;

    public Person person(long personId) {
        return people.byId(personId).orElseThrow(() -> new RuleViolation("error.account.unknown"));
    }

    @Transactional
    public Person updateProfile(long personId, Profile profile, String clientAddress) {
        if (reference.country(profile.countryCode()).isEmpty()) {
            throw new RuleViolation("error.country.unknown");
        }
        Person person = people.lock(personId);
        person.apply(profile);
        audit.record(SecurityEventType.PROFILE_UPDATED, personId, personId, person.email().value(), clientAddress, null);
        return person;
    }

    /**
     * Changes the password after checking the current one. Every other session ends; the
     * returned epoch lets the caller's own session go on.
     */
    @Transactional
    public int changePassword(long personId, String currentPassword, String newPassword, String clientAddress) {
        Person person = people.lock(personId);
        if (!PasswordHasher.matches(currentPassword, person.passwordHash())) {
            throw new RuleViolation("error.password.currentWrong");
        }
        if (PasswordHasher.matches(newPassword, person.passwordHash())) {
            throw new RuleViolation("error.password.unchanged");
        }
        PasswordPolicy.check(newPassword, person.email());
        person.changePasswordHash(PasswordHasher.hash(newPassword));
        mail.send(person.email(), MailKind.PASSWORD_CHANGED, person.locale(), person.fullName(),
                settings.link("/forgot-password.xhtml"));
        audit.record(SecurityEventType.PASSWORD_CHANGED, personId, personId, person.email().value(), clientAddress, null);
        return person.sessionEpoch();
    }
}
