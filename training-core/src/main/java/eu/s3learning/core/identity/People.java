package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.persistence.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Where people are kept. */
@ApplicationScoped
@Transactional
public class People {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    public Optional<Person> byId(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /**
     * The person, with the row locked for a change that must not interleave with another
     * (roles, status, password); an unknown id is refused.
     */
    public Person lock(long id) {
        Person person = em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw new RuleViolation("error.account.unknown");
        }
        return person;
    }

    public Optional<Person> byEmail(EmailAddress email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email.value())
                .getResultList().stream().findFirst();
    }

    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    public long countWithRole(Role role, AccountStatus status) {
        return em.createQuery("select count(p) from Person p join p.roles r where r = :role and p.status = :status", Long.class)
                .setParameter("role", role).setParameter("status", status)
                .getSingleResult();
    }

    public List<Person> withRole(Role role, AccountStatus status) {
        return em.createQuery("select p from Person p join p.roles r where r = :role and p.status = :status"
                        + " order by p.id", Person.class)
                .setParameter("role", role).setParameter("status", status)
                .getResultList();
    }

    /** People whose name, e-mail or organisation contains the text, by name, one page at a time. */
    public List<Person> search(String text, int first, int pageSize) {
        TypedQuery<Person> query = em.createQuery("select p from Person p" + where(text) + " order by p.fullName, p.id", Person.class);
        bind(query, text);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(String text) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Person p" + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    private static String where(String text) {
        return LikePattern.isBlank(text) ? ""
                : " where lower(p.fullName) like :text or p.email like :text or lower(p.organisation) like :text";
    }

    private static void bind(TypedQuery<?> query, String text) {
        if (!LikePattern.isBlank(text)) {
            query.setParameter("text", LikePattern.containing(text));
        }
    }
}
