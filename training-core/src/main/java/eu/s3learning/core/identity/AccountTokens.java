package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Issues and redeems single-use account tokens. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountTokens {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new 256-bit token; earlier unused tokens of the same purpose stop working. */
    public String issue(Person person, TokenPurpose purpose) {
        withdrawAll(person, purpose);
        String token = Secrets.newSecret();
        em.persist(new AccountToken(person, purpose, digest(token), clock.instant()));
        return token;
    }

    /**
     * Redeems a token once. The row is locked, so two concurrent uses of one link cannot both
     * succeed.
     */
    public Person redeem(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new RuleViolation("error.token.invalid");
        }
        AccountToken stored = em.createQuery("select t from AccountToken t where t.digest = :digest", AccountToken.class)
                .setParameter("digest", digest(token.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new RuleViolation("error.token.invalid"));
        return stored.redeem(purpose, clock.instant());
    }

    /** When the newest unused token of this purpose was issued, if it is younger than {@code within}. */
    public Optional<java.time.Instant> recentlyIssued(Person person, TokenPurpose purpose, Duration within) {
        return em.createQuery("select t from AccountToken t where t.person = :person and t.purpose = :purpose"
                        + " and t.usedAt is null order by t.createdAt desc", AccountToken.class)
                .setParameter("person", person).setParameter("purpose", purpose)
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(AccountToken::createdAt)
                .filter(created -> created.isAfter(clock.instant().minus(within)));
    }

    public void withdrawAll(Person person, TokenPurpose purpose) {
        em.createQuery("select t from AccountToken t where t.person = :person and t.purpose = :purpose and t.usedAt is null",
                        AccountToken.class)
                .setParameter("person", person).setParameter("purpose", purpose)
                .getResultList()
                .forEach(t -> t.withdraw(clock.instant()));
    }

    static String digest(String token) {
        return Secrets.digest(token);
    }
}
