package eu.s3learning.core.signin;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.AccountTokens;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.TokenPurpose;
import eu.s3learning.core.registration.RegistrationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks a sign-in attempt: throttle first, then the password, then the account's state. */
@ApplicationScoped
public class SignInService {

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    AccountTokens tokens;

    @Inject
    RegistrationService registration;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "s3.signin.free-failures-per-account", defaultValue = "5")
    int freeFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "s3.signin.free-failures-per-address", defaultValue = "30")
    int freeFailuresPerAddress;

    private SignInThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new SignInThrottle(clock, freeFailuresPerAccount, freeFailuresPerAddress);
    }

    @Transactional
    public SignInResult signIn(String emailInput, String password, String clientAddress) {
        String accountKey = emailInput == null ? "" : emailInput.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> blocked = throttle.blockedFor(accountKey, clientAddress);
        if (blocked.isPresent()) {
            audit.record(SecurityEventType.SIGN_IN_THROTTLED, null, null, accountKey, clientAddress, null);
            return SignInResult.throttled(blocked.get());
        }
        Optional<Person> found = find(accountKey);
        boolean passwordMatches = found.isPresent()
                ? PasswordHasher.matches(password, found.get().passwordHash())
                : PasswordHasher.matchesNothing(password);
        if (!passwordMatches) {
            throttle.failed(accountKey, clientAddress);
            audit.record(SecurityEventType.SIGN_IN_FAILED, found.map(Person::id).orElse(null), null, accountKey, clientAddress,
                    found.isPresent() ? "wrong password" : "no such account");
            return SignInResult.failed(SignInOutcome.INVALID);
        }
        Person person = found.get();
        throttle.succeeded(accountKey);
        if (person.status() == AccountStatus.DEACTIVATED) {
            audit.record(SecurityEventType.SIGN_IN_FAILED, person.id(), null, accountKey, clientAddress, "deactivated");
            return SignInResult.failed(SignInOutcome.DEACTIVATED);
        }
        if (person.status() == AccountStatus.PENDING_VERIFICATION) {
            if (tokens.recentlyIssued(person, TokenPurpose.VERIFY_EMAIL, Duration.ofMinutes(10)).isEmpty()) {
                registration.sendVerification(person);
            }
            audit.record(SecurityEventType.SIGN_IN_FAILED, person.id(), null, accountKey, clientAddress, "not verified");
            return SignInResult.failed(SignInOutcome.NOT_VERIFIED);
        }
        if (PasswordHasher.needsRehash(person.passwordHash())) {
            person.upgradePasswordHash(PasswordHasher.hash(password));
        }
        audit.record(SecurityEventType.SIGNED_IN, person.id(), person.id(), accountKey, clientAddress, null);
        return new SignInResult(SignInOutcome.SUCCESS, person.id(), person.email().value(), person.roles(),
                person.sessionEpoch(), Duration.ZERO);
    }

    @Transactional
    public void signedOut(long personId, String clientAddress) {
        audit.record(SecurityEventType.SIGNED_OUT, personId, personId, null, clientAddress, null);
    }

    private Optional<Person> find(String accountKey) {
        try {
            return people.byEmail(EmailAddress.of(accountKey));
        } catch (RuleViolation malformed) {
            return Optional.empty();
        }
    }
}
