package eu.s3learning.core.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The journal of learning events. Written only inside the transaction of the change it records,
 * so no change is without its event and no event without its change; the event's xAPI statement
 * is stored in that transaction too ({@link LearningEventsRecorded}).
 */
@ApplicationScoped
public class LearningJournal {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<LearningEventsRecorded> recorded;

    @Inject
    JournalRows rows;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(LearningEventType type, LearningEventSubject subject, Long actorId, String detail) {
        recordAll(List.of(new JournalEntry(type, subject, actorId, detail)));
    }

    /** Records events that happened together, with one write for all (their statements are stored as one batch). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<JournalEntry> entries) {
        Instant now = clock.instant();
        List<LearningEvent> events = entries.stream()
                .map(e -> new LearningEvent(now, e.type(), e.subject(), e.actorId(), e.detail())).toList();
        // Written at once rather than at commit: the ids name the events' statements.
        rows.insert(events);
        recorded.fire(new LearningEventsRecorded(events));
    }

    @Transactional
    public boolean happened(LearningEventType type, long enrolmentId, String detail) {
        return !em.createQuery("select e.id from LearningEvent e where e.enrolmentId = :enrolment and e.type = :type"
                        + " and e.detail = :detail", Long.class)
                .setParameter("enrolment", enrolmentId).setParameter("type", type).setParameter("detail", detail)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public List<LearningEvent> ofEnrolment(long enrolmentId) {
        return em.createQuery("select e from LearningEvent e where e.enrolmentId = :enrolment order by e.id", LearningEvent.class)
                .setParameter("enrolment", enrolmentId).getResultList();
    }
}
