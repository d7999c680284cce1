package eu.s3learning.core.bootstrap;

import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.PasswordPolicy;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.reference.Country;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts that exist before anyone registers: the first administrator, from
 * {@code S3_ADMIN_EMAIL}/{@code S3_ADMIN_PASSWORD}, and in demo mode one account per role.
 */
@ApplicationScoped
public class AccountBootstrap {

    /** Demo accounts share one password, published in the README; they exist only in demo mode. */
    public static final String DEMO_PASSWORD = "S3-demo-training!";
    public static final Map<Role, String> DEMO_ACCOUNTS = Map.of(
            Role.TRAINEE, "trainee@demo.s3-learning.eu",
            Role.TRAINER, "trainer@demo.s3-learning.eu",
            Role.PARTNER, "partner@demo.s3-learning.eu",
            Role.ADMIN, "admin@demo.s3-learning.eu");

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "s3.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "s3.admin.password")
    Optional<String> adminPassword;

    @Transactional
    public void createAccounts() {
        createFirstAdministrator();
        if (settings.demoMode()) {
            DEMO_ACCOUNTS.forEach(this::createDemoAccount);
        }
    }

    private void createFirstAdministrator() {
        if (adminEmail.isEmpty() || adminEmail.get().isBlank()) {
            if (!settings.demoMode() && people.countWithRole(Role.ADMIN, AccountStatus.ACTIVE) == 0) {
                LOG.warning("No administrator exists: set S3_ADMIN_EMAIL and S3_ADMIN_PASSWORD and restart.");
            }
            return;
        }
        EmailAddress email = EmailAddress.of(adminEmail.get());
        if (people.byEmail(email).isPresent()) {
            return;
        }
        String password = adminPassword.orElse("");
        PasswordPolicy.check(password, email);
        Person admin = activeAccount(email, "Administrator", password, EnumSet.of(Role.ADMIN, Role.TRAINEE));
        audit.record(SecurityEventType.ADMINISTRATOR_CREATED, admin.id(), null, email.value(), null, "from S3_ADMIN_EMAIL");
        LOG.info("Created the first administrator " + email);
    }

    private void createDemoAccount(Role role, String address) {
        EmailAddress email = EmailAddress.of(address);
        if (people.byEmail(email).isEmpty()) {
            String name = "Demo " + role.name().charAt(0) + role.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            EnumSet<Role> roles = role == Role.TRAINEE ? EnumSet.of(Role.TRAINEE) : EnumSet.of(role, Role.TRAINEE);
            activeAccount(email, name, DEMO_PASSWORD, roles);
        }
    }

    private Person activeAccount(EmailAddress email, String name, String password, EnumSet<Role> roles) {
        Profile profile = new Profile(name, "S3 partnership", Country.OTHER, Language.EN, ZoneId.of("Europe/Bucharest"));
        Person person = new Person(email, profile, PasswordHasher.hash(password), clock.instant());
        person.verifyEmail(clock.instant());
        person.replaceRoles(roles);
        people.add(person);
        return person;
    }
}
