package eu.s3learning.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Sends what is due. Runs after each commit that queued a mail, and on a periodic sweep
 * that picks up retries and anything queued before a restart.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final int BATCH = 50;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.submit(() -> delivery.deliver(queued.mailId()));
    }

    /** Sends up to one batch of due mails; returns how many were tried. */
    public int dispatchDue() {
        List<Long> due = em.createQuery("select m.id from OutgoingMail m where m.sentAt is null"
                        + " and m.nextAttemptAt <= :now and m.attempts < :limit order by m.id", Long.class)
                .setParameter("now", clock.instant())
                .setParameter("limit", OutgoingMail.GIVE_UP_AFTER)
                .setMaxResults(BATCH)
                .getResultList();
        due.forEach(delivery::deliver);
        return due.size();
    }
}
