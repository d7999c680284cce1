package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.account.AccountSettingsService;
import eu.s3learning.core.account.PasswordResetService;
import eu.s3learning.core.administration.AccountAdministration;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.registration.RegistrationForm;
import eu.s3learning.core.registration.RegistrationService;
import eu.s3learning.core.roles.RoleRequest;
import eu.s3learning.core.roles.RoleRequestService;
import eu.s3learning.core.roles.RoleRequestStatus;
import eu.s3learning.core.signin.SessionValidity;
import eu.s3learning.core.signin.SignInOutcome;
import eu.s3learning.core.signin.SignInResult;
import eu.s3learning.core.signin.SignInService;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration, verification, sign-in, password reset and role approval, run inside Payara
 * Micro against the database the platform is configured with (MariaDB in CI).
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final String PASSWORD = "regional strengths of Banat";
    private static final String ADDRESS = "198.51.100.7";

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.war().addClasses(InTransaction.class, InTransaction.RolledBack.class);
    }

    @Inject
    RegistrationService registration;

    @Inject
    SignInService signIn;

    @Inject
    PasswordResetService resets;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountSettingsService accounts;

    @Inject
    SessionValidity sessions;

    @Inject
    People people;

    @Inject
    StatementStore statements;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    InTransaction transaction;

    private static String uniqueEmail() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ro";
    }

    private static RegistrationForm form(String email, String password) {
        return new RegistrationForm("Ana Ionescu", email, "ADR Vest", "RO", "ro", "Europe/Bucharest", password, true);
    }

    private List<String> mailBodies(String recipient) {
        return mails("body", recipient);
    }

    private List<String> mailSubjects(String recipient) {
        return mails("subject", recipient);
    }

    /**
     * Read in a transaction of its own: outside one, the container's entity manager may already be closed when the
     * query runs (seen once in CI: "Attempting to execute an operation on a closed EntityManager").
     */
    private List<String> mails(String field, String recipient) {
        return transaction.call(() -> em.createQuery("select m." + field + " from OutgoingMail m where m.recipient = :r"
                + " order by m.id", String.class).setParameter("r", recipient).getResultList());
    }

    private static String token(String body) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_%-]+)").matcher(body);
        assertTrue(m.find(), body);
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private Person person(String email) {
        return people.byEmail(EmailAddress.of(email)).orElseThrow();
    }

    private String registeredAndVerified() {
        String email = uniqueEmail();
        registration.register(form(email, PASSWORD), ADDRESS);
        registration.verify(token(mailBodies(email).get(0)), ADDRESS);
        return email;
    }

    @Test
    void registrationSendsAVerificationLinkThatActivatesTheAccountOnce() {
        String email = uniqueEmail();
        registration.register(form(email, PASSWORD), ADDRESS);

        Person pending = person(email);
        assertEquals(AccountStatus.PENDING_VERIFICATION, pending.status());
        assertEquals(EnumSet.of(Role.TRAINEE), pending.roles());
        assertEquals(List.of("http://adlnet.gov/expapi/verbs/registered"), statements.ofPerson(pending.id(), 0, 10).stream()
                .map(st -> Json.createReader(new StringReader(st.body())).readObject().getJsonObject("verb").getString("id")).toList(),
                "the registration, as the person's first xAPI statement");
        assertEquals(List.of("Confirmați adresa de e-mail"), mailSubjects(email), "the mail is in the chosen language");
        assertEquals(SignInOutcome.NOT_VERIFIED, signIn.signIn(email, PASSWORD, ADDRESS).outcome());

        String token = token(mailBodies(email).get(0));
        registration.verify(token, ADDRESS);
        assertEquals(AccountStatus.ACTIVE, person(email).status());
        assertEquals("error.token.used", assertThrows(RuleViolation.class, () -> registration.verify(token, ADDRESS)).messageKey());
        assertEquals("error.token.invalid", assertThrows(RuleViolation.class, () -> registration.verify("forged", ADDRESS)).messageKey());

        SignInResult result = signIn.signIn(email.toUpperCase(), PASSWORD, ADDRESS);
        assertEquals(SignInOutcome.SUCCESS, result.outcome());
        assertEquals(EnumSet.of(Role.TRAINEE), result.roles());
    }

    @Test
    void anExpiredVerificationLinkIsRefused() throws Exception {
        String email = uniqueEmail();
        registration.register(form(email, PASSWORD), ADDRESS);
        String token = token(mailBodies(email).get(0));
        long personId = person(email).id();
        transaction.call(() -> em.createNativeQuery("UPDATE account_token SET expires_at = created_at WHERE person_id = ?")
                .setParameter(1, personId).executeUpdate());
        assertEquals("error.token.expired", assertThrows(RuleViolation.class, () -> registration.verify(token, ADDRESS)).messageKey());
        assertEquals(AccountStatus.PENDING_VERIFICATION, person(email).status());
    }

    @Test
    void aDuplicateRegistrationChangesNothingAndTellsOnlyTheMailboxOwner() {
        String email = registeredAndVerified();
        long before = people.count(null);
        registration.register(new RegistrationForm("Intruder", email.toUpperCase(), "Elsewhere", "IT", "en", "Europe/Rome",
                "another good passphrase", true), ADDRESS);
        assertEquals(before, people.count(null));
        assertEquals("Ana Ionescu", person(email).fullName());
        List<String> subjects = mailSubjects(email);
        assertEquals("Cineva a încercat să se înregistreze cu adresa dumneavoastră de e-mail", subjects.get(subjects.size() - 1));
    }

    @Test
    void badRegistrationsAreRefusedAndStoreNothing() {
        String email = uniqueEmail();
        assertRefused("error.email.invalid", () -> registration.register(form("not-an-address", PASSWORD), ADDRESS));
        assertRefused("error.password.tooShort", () -> registration.register(form(email, "short"), ADDRESS));
        assertRefused("error.password.common", () -> registration.register(form(email, "qwerty123456"), ADDRESS));
        assertRefused("error.fullName.tooLong", () -> registration.register(
                new RegistrationForm("n".repeat(500), email, "Org", "RO", "ro", "UTC", PASSWORD, true), ADDRESS));
        assertRefused("error.country.unknown", () -> registration.register(
                new RegistrationForm("Ana", email, "Org", "XX", "ro", "UTC", PASSWORD, true), ADDRESS));
        assertRefused("error.privacy.required", () -> registration.register(
                new RegistrationForm("Ana", email, "Org", "RO", "ro", "UTC", PASSWORD, false), ADDRESS));
        assertRefused("error.organisation.required", () -> registration.register(
                new RegistrationForm("Ana", email, " ", "RO", "ro", "UTC", PASSWORD, true), ADDRESS));
        assertTrue(people.byEmail(EmailAddress.of(email)).isEmpty());
        assertTrue(mailBodies(email).isEmpty());
    }

    @Test
    void signInNeverTellsWhetherAnAccountExists() {
        String email = registeredAndVerified();
        assertEquals(SignInOutcome.INVALID, signIn.signIn(email, "wrong password here", ADDRESS).outcome());
        assertEquals(SignInOutcome.INVALID, signIn.signIn(uniqueEmail(), "wrong password here", ADDRESS).outcome());
        assertEquals(SignInOutcome.INVALID, signIn.signIn("<not an address>", "x", ADDRESS).outcome());
    }

    @Test
    void signInIsThrottledPerAccountAfterRepeatedFailures() {
        String email = registeredAndVerified();
        for (int i = 0; i < 6; i++) {
            signIn.signIn(email, "wrong password " + i, "203.0.113." + i);
        }
        SignInResult throttled = signIn.signIn(email, PASSWORD, "203.0.113.200");
        assertEquals(SignInOutcome.THROTTLED, throttled.outcome(), "even the right password waits");
        assertTrue(throttled.retryAfter().toSeconds() > 0);
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(registeredAndVerified(), PASSWORD, "203.0.113.201").outcome(),
                "other accounts are not affected");
    }

    @Test
    void aPasswordResetWorksOnceAndEndsEverySession() {
        String email = registeredAndVerified();
        SignInResult session = signIn.signIn(email, PASSWORD, ADDRESS);
        assertTrue(sessions.stillValid(session.personId(), session.sessionEpoch()));

        resets.requestReset(uniqueEmail(), ADDRESS);
        resets.requestReset(email, ADDRESS);
        List<String> bodies = mailBodies(email);
        String token = token(bodies.get(bodies.size() - 1));

        assertRefused("error.password.tooShort", () -> resets.reset(token, "short", ADDRESS));
        resets.reset(token, "a brand new passphrase", ADDRESS);
        assertFalse(sessions.stillValid(session.personId(), session.sessionEpoch()), "the old session is over");
        assertRefused("error.token.used", () -> resets.reset(token, "yet another passphrase", ADDRESS));
        assertEquals(SignInOutcome.INVALID, signIn.signIn(email, PASSWORD, ADDRESS).outcome());
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, "a brand new passphrase", ADDRESS).outcome());
    }

    @Test
    void changingThePasswordKeepsTheCurrentSessionOnly() {
        String email = registeredAndVerified();
        long id = person(email).id();
        SignInResult other = signIn.signIn(email, PASSWORD, ADDRESS);
        assertRefused("error.password.currentWrong", () -> accounts.changePassword(id, "not the password", "fresh passphrase one", ADDRESS));
        int epoch = accounts.changePassword(id, PASSWORD, "fresh passphrase one", ADDRESS);
        assertFalse(sessions.stillValid(id, other.sessionEpoch()));
        assertTrue(sessions.stillValid(id, epoch));
    }

    @Test
    void anAdministratorApprovesOrRefusesRoleRequests() {
        String email = registeredAndVerified();
        long id = person(email).id();
        long admin = person(PlatformDeployment.ADMIN_EMAIL).id();

        assertRefused("error.roleRequest.motivationRequired", () -> roleRequests.request(id, Role.TRAINER, " ", ADDRESS));
        assertRefused("error.roleRequest.notRequestable", () -> roleRequests.request(id, Role.ADMIN, "please", ADDRESS));
        RoleRequest trainer = roleRequests.request(id, Role.TRAINER, "I run the Timișoara cohort", ADDRESS);
        RoleRequest partner = roleRequests.request(id, Role.PARTNER, "ADR Vest is a partner", ADDRESS);
        assertRefused("error.roleRequest.alreadyPending", () -> roleRequests.request(id, Role.TRAINER, "again", ADDRESS));
        SignInResult before = signIn.signIn(email, PASSWORD, ADDRESS);

        roleRequests.approve(trainer.id(), admin, null, ADDRESS);
        assertTrue(person(email).hasRole(Role.TRAINER));
        assertFalse(sessions.stillValid(id, before.sessionEpoch()), "the new role needs a new sign-in");
        assertRefused("error.roleRequest.alreadyDecided", () -> roleRequests.approve(trainer.id(), admin, null, ADDRESS));

        assertRefused("error.roleRequest.reasonRequired", () -> roleRequests.refuse(partner.id(), admin, "", ADDRESS));
        roleRequests.refuse(partner.id(), admin, "Your organisation is not in the partnership", ADDRESS);
        assertFalse(person(email).hasRole(Role.PARTNER));
        assertEquals(RoleRequestStatus.REFUSED, roleRequests.mine(id).get(0).status());
        assertTrue(mailSubjects(email).contains("Cererea dumneavoastră nu a fost aprobată"));
        assertEquals(EnumSet.of(Role.TRAINEE, Role.TRAINER), signIn.signIn(email, PASSWORD, ADDRESS).roles());
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        long admin = person(PlatformDeployment.ADMIN_EMAIL).id();
        assertRefused("error.admin.ownAdminRole", () -> administration.changeRoles(admin, admin, EnumSet.of(Role.TRAINEE), ADDRESS));
        assertRefused("error.admin.ownAccount", () -> administration.deactivate(admin, admin, ADDRESS));

        String email = registeredAndVerified();
        long id = person(email).id();
        administration.deactivate(admin, id, ADDRESS);
        assertEquals(SignInOutcome.DEACTIVATED, signIn.signIn(email, PASSWORD, ADDRESS).outcome());
        administration.reactivate(admin, id, ADDRESS);
        assertEquals(SignInOutcome.SUCCESS, signIn.signIn(email, PASSWORD, ADDRESS).outcome());
        assertNotEquals(0, administration.count(email));
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable call) {
        assertEquals(key, assertThrows(RuleViolation.class, call).messageKey());
    }
}
