package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/** Where cohorts and enrolments are kept. */
@ApplicationScoped
@Transactional
public class Cohorts {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    public Cohort byId(long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new RuleViolation("error.cohort.unknown");
        }
        return cohort;
    }

    /** The cohort, locked: enrolments that count its places are serialised on this row. */
    public Cohort lock(long id) {
        Cohort cohort = em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new RuleViolation("error.cohort.unknown");
        }
        return cohort;
    }

    public void add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
    }

    public List<Cohort> trainedBy(long personId) {
        return em.createQuery("select c from Cohort c where :person member of c.trainerIds order by c.firstDay desc, c.id",
                Cohort.class).setParameter("person", personId).getResultList();
    }

    public List<Cohort> all() {
        return em.createQuery("select c from Cohort c order by c.firstDay desc, c.id", Cohort.class).getResultList();
    }

    /** Cohorts a person could still ask to join themselves. */
    public List<Cohort> openForEnrolment(Instant now) {
        return em.createQuery("select c from Cohort c where c.enrolmentClosesAt > :now and c.enrolmentMode <> :invitation"
                        + " order by c.firstDay, c.id", Cohort.class)
                .setParameter("now", now).setParameter("invitation", EnrolmentMode.INVITATION).getResultList();
    }

    /** Cohorts whose wrap-up window is open at the moment. */
    public List<Cohort> inWrapUpAt(Instant moment) {
        return em.createQuery("select c from Cohort c where c.wrapUpOpensAt <= :moment and c.wrapUpClosesAt > :moment", Cohort.class)
                .setParameter("moment", moment).getResultList();
    }

    /** Cohorts whose preparation has opened and whose first face-to-face day has not begun (in the cohort's zone). */
    public List<Cohort> beforeTheirDaysAt(Instant moment) {
        // The day is a date in the cohort's zone: the query keeps a day's margin, the cohort says exactly.
        LocalDate earliest = moment.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        return em.createQuery("select c from Cohort c where c.preparationOpensAt <= :moment and c.firstDay >= :earliest", Cohort.class)
                .setParameter("moment", moment).setParameter("earliest", earliest).getResultList().stream()
                .filter(c -> moment.isBefore(c.dayStarts(c.firstDay()))).toList();
    }

    /** Cohorts whose given moment ({@code preparationOpensAt}, {@code wrapUpClosesAt} …) falls in the interval. */
    public List<Cohort> withMomentBetween(CohortMoment moment, Instant from, Instant to) {
        return em.createQuery("select c from Cohort c where c." + moment.field() + " >= :from and c." + moment.field() + " < :to",
                Cohort.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public Enrolment enrolment(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new RuleViolation("error.enrolment.unknown");
        }
        return enrolment;
    }

    /**
     * Every enrolment of these people, in any cohort, locked in id order with one query: a trainee's bookings then
     * run one at a time whichever cohort they come through, and two such locks never deadlock.
     */
    public List<Enrolment> lockEnrolmentsOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e where e.person.id in :people order by e.id", Enrolment.class)
                .setParameter("people", personIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The enrolment, locked with every other enrolment of its person ({@link #lockEnrolmentsOfPeople}). */
    public Enrolment lockEnrolmentWithItsPerson(long id) {
        return lockEnrolmentsOfPeople(List.of(enrolment(id).person().id())).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new RuleViolation("error.enrolment.unknown"));
    }

    public Enrolment lockEnrolment(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null) {
            throw new RuleViolation("error.enrolment.unknown");
        }
        return enrolment;
    }

    /** These people's enrolments in a cohort, read with the cohort, its programme and the people in one query. */
    public List<Enrolment> enrolments(long cohortId, Collection<Long> personIds) {
        return em.createQuery("select e from Enrolment e where e.cohort.id = :cohort and e.person.id in :people", Enrolment.class)
                .setHint(QueryHints.FETCH, "e.cohort.programme").setHint(QueryHints.FETCH, "e.person")
                .setParameter("cohort", cohortId).setParameter("people", personIds).getResultList();
    }

    public Optional<Enrolment> enrolment(long cohortId, long personId) {
        return em.createQuery("select e from Enrolment e where e.cohort.id = :cohort and e.person.id = :person", Enrolment.class)
                .setParameter("cohort", cohortId).setParameter("person", personId).getResultList().stream().findFirst();
    }

    public List<Enrolment> enrolmentsOf(long personId) {
        return em.createQuery("select e from Enrolment e where e.person.id = :person order by e.cohort.firstDay desc, e.id",
                Enrolment.class).setParameter("person", personId).getResultList();
    }

    public List<Enrolment> enrolments(long cohortId, EnrolmentStatus status) {
        return em.createQuery("select e from Enrolment e where e.cohort.id = :cohort and e.status = :status"
                        + " order by e.requestedAt, e.id", Enrolment.class)
                .setParameter("cohort", cohortId).setParameter("status", status).getResultList();
    }

    public List<Enrolment> enrolments(long cohortId) {
        return em.createQuery("select e from Enrolment e where e.cohort.id = :cohort order by e.person.fullName, e.id",
                Enrolment.class).setParameter("cohort", cohortId).getResultList();
    }

    public long count(long cohortId, EnrolmentStatus status) {
        return em.createQuery("select count(e) from Enrolment e where e.cohort.id = :cohort and e.status = :status", Long.class)
                .setParameter("cohort", cohortId).setParameter("status", status).getSingleResult();
    }

    public void add(Enrolment enrolment) {
        em.persist(enrolment);
        em.flush();
    }
}
