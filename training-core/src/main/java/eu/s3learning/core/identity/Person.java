package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Someone with an account: a trainee, trainer, partner or administrator (or several).
 * <p>
 * The session epoch counts events that must end every open session of the person
 * (password reset or change, deactivation, role change): a session remembers the epoch it
 * signed in with and is ended when it no longer matches.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int MAX_NAME = 120;
    public static final int MAX_ORGANISATION = 200;
    /** What an erased person is called where a name is shown (rosters, the people list). */
    public static final String ERASED_NAME = "—";
    /** RFC 2606 reserves .invalid: an address there can never reach anyone. */
    public static final String ERASED_DOMAIN = "erased.invalid";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "full_name", nullable = false, length = MAX_NAME)
    private String fullName;

    @Column(nullable = false, length = MAX_ORGANISATION)
    private String organisation;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountStatus status;

    /** Read for all the people of a query at once: a group's sign-ups read a hundred people with one query. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "privacy_accepted_at")
    private Instant privacyAcceptedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(EmailAddress email, Profile profile, String passwordHash, Instant now) {
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.roles = EnumSet.of(Role.TRAINEE);
        this.createdAt = now;
        apply(profile);
    }

    public void apply(Profile profile) {
        this.fullName = profile.fullName();
        this.organisation = profile.organisation();
        this.countryCode = profile.countryCode();
        this.language = profile.language().tag();
        this.timeZone = profile.timeZone().getId();
    }

    public void acceptPrivacyNotice(Instant at) {
        this.privacyAcceptedAt = at;
    }

    public void verifyEmail(Instant at) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
            verifiedAt = at;
        }
    }

    /** A new password ends every session opened with the old one. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        sessionEpoch++;
    }

    /** A better hash of the same password: sessions stay open. */
    public void upgradePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        refuseIfErased();
        if (status == AccountStatus.DEACTIVATED) {
            throw new RuleViolation("error.account.alreadyDeactivated");
        }
        status = AccountStatus.DEACTIVATED;
        sessionEpoch++;
    }

    public void reactivate() {
        refuseIfErased();
        if (status != AccountStatus.DEACTIVATED) {
            throw new RuleViolation("error.account.notDeactivated");
        }
        status = verifiedAt == null ? AccountStatus.PENDING_VERIFICATION : AccountStatus.ACTIVE;
    }

    /** Roles are read at sign-in, so changing them ends open sessions: a removed role stops working at once. */
    public void replaceRoles(Set<Role> newRoles) {
        refuseIfErased();
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolation("error.roles.empty");
        }
        if (!newRoles.equals(roles)) {
            roles = EnumSet.copyOf(newRoles);
            sessionEpoch++;
        }
    }

    public void grant(Role role) {
        if (!roles.contains(role)) {
            EnumSet<Role> more = EnumSet.copyOf(roles);
            more.add(role);
            replaceRoles(more);
        }
    }

    /**
     * Forgets who this person was. The row keeps its id, so enrolments, attendance and progress still count in
     * their cohorts, but nothing in it says who the person was: the address becomes a random one under the
     * reserved {@code .invalid} domain (unique, never deliverable, and freeing the real address for a new account),
     * the name a dash, the organisation empty, the country "other", the password a value no password matches, and
     * every role is gone. Open sessions end.
     */
    public void erase() {
        refuseIfErased();
        email = "erased-" + UUID.randomUUID().toString().replace("-", "") + "@" + ERASED_DOMAIN;
        fullName = ERASED_NAME;
        organisation = "";
        countryCode = "ZZ";
        language = Language.EN.tag();
        timeZone = "UTC";
        // Not a hash at all: no password matches it.
        passwordHash = "!erased";
        roles = EnumSet.noneOf(Role.class);
        verifiedAt = null;
        privacyAcceptedAt = null;
        status = AccountStatus.ERASED;
        sessionEpoch++;
    }

    public boolean erased() {
        return status == AccountStatus.ERASED;
    }

    private void refuseIfErased() {
        if (status == AccountStatus.ERASED) {
            throw new RuleViolation("error.account.erased");
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public EmailAddress email() {
        return EmailAddress.of(email);
    }

    public String fullName() {
        return fullName;
    }

    public String organisation() {
        return organisation;
    }

    public String countryCode() {
        return countryCode;
    }

    public Language language() {
        return Language.ofTag(language).orElse(Language.EN);
    }

    public Locale locale() {
        return language().locale();
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Profile profile() {
        return new Profile(fullName, organisation, countryCode, language(), timeZone());
    }
}
