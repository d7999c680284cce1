package eu.s3learning.core.notice;

import eu.s3learning.core.cohort.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;

/**
 * Sends each notice at most once: the record that it was sent and its mail are written in one
 * transaction of their own, and the record's unique key refuses a second one. Two sweeps at once
 * (the minute's timer and another) take turns on the enrolment's row, so the second finds the
 * first's record instead of failing on the key. Such a failure is caught by the sweep, yet once,
 * when the timer struck during ProgrammeDeliveryIT's own sweep, the test's thread could then no
 * longer begin a UserTransaction ("Operation not allowed").
 */
@ApplicationScoped
public class NoticeLedger {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The enrolments of the cohort that were sent this notice. In a transaction of its own: an entity manager
     * used outside one is closed when the caller's invocation ends, and Payara's managed executor, which the
     * sweep's mails start, closes it too when its task ends ("closed EntityManager").
     */
    @Transactional
    public Set<Long> sentIn(NoticeKind kind, String reference, long cohortId) {
        return Set.copyOf(em.createQuery("select n.enrolmentId from NoticeSent n where n.kind = :kind and n.reference = :reference"
                        + " and n.enrolmentId in (select e.id from Enrolment e where e.cohort.id = :cohort)", Long.class)
                .setParameter("kind", kind).setParameter("reference", reference).setParameter("cohort", cohortId).getResultList());
    }

    /** Runs {@code queueMail} and records the notice, unless it was sent before; returns whether it was sent now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendOnce(NoticeKind kind, long enrolmentId, String reference, Runnable queueMail) {
        em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        boolean sentBefore = !em.createQuery("select n.id from NoticeSent n where n.kind = :kind and n.enrolmentId = :enrolment"
                        + " and n.reference = :reference", Long.class)
                .setParameter("kind", kind).setParameter("enrolment", enrolmentId).setParameter("reference", reference)
                .setMaxResults(1).getResultList().isEmpty();
        if (sentBefore) {
            return false;
        }
        em.persist(new NoticeSent(kind, enrolmentId, reference, clock.instant()));
        em.flush();
        queueMail.run();
        return true;
    }
}
