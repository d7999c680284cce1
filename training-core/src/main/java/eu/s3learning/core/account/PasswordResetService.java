package eu.s3learning.core.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.AccountTokens;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.PasswordPolicy;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.TokenPurpose;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/**
 * Password reset by mailed link. The request always gets the same answer, whether or not the
 * address has an account. Setting the new password ends every session of the person.
 */
@ApplicationScoped
public class PasswordResetService {

    /** One mail per address per interval, so the form cannot be used to flood someone's mailbox. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(2);

    @Inject
    People people;

    @Inject
    AccountTokens tokens;

    @Inject
    MailQueue mail;

    @Inject
    AuditLog audit;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Transactional
    public void requestReset(String emailInput, String clientAddress) {
        EmailAddress email = EmailAddress.of(emailInput);
        people.byEmail(email)
                .filter(p -> p.status() != AccountStatus.DEACTIVATED)
                .filter(p -> tokens.recentlyIssued(p, TokenPurpose.RESET_PASSWORD, RESEND_INTERVAL).isEmpty())
                .ifPresent(person -> {
                    String token = tokens.issue(person, TokenPurpose.RESET_PASSWORD);
                    mail.send(email, MailKind.RESET_PASSWORD, person.locale(), person.fullName(),
                            settings.tokenLink("/reset-password.xhtml", token),
                            TokenPurpose.RESET_PASSWORD.lifetime().toMinutes());
                    audit.record(SecurityEventType.PASSWORD_RESET_REQUESTED, person.id(), null, email.value(), clientAddress, null);
                });
    }

    /**
     * Sets the new password. Following the mailed link also proves the address, so a pending
     * account becomes active.
     */
    @Transactional
    public void reset(String token, String newPassword, String clientAddress) {
        Person person = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        if (person.status() == AccountStatus.DEACTIVATED) {
            throw new RuleViolation("error.token.invalid");
        }
        PasswordPolicy.check(newPassword, person.email());
        person.changePasswordHash(PasswordHasher.hash(newPassword));
        person.verifyEmail(clock.instant());
        audit.record(SecurityEventType.PASSWORD_RESET, person.id(), person.id(), person.email().value(), clientAddress, null);
    }
}
