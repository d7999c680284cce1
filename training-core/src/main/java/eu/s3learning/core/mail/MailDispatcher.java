package eu.s3learning.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends what is due. Runs after each commit that queued a mail, and on a periodic sweep
 * that picks up retries and anything queued before a restart. Each mail is sent in its own
 * transaction, so a slow mail server never holds one open across a batch.
 */
@ApplicationScoped
public class MailDispatcher {

    @Inject
    MailDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.submit(() -> delivery.deliver(queued.mailId()));
    }

    /** Sends up to one batch of due mails; returns how many were tried. */
    public int dispatchDue() {
        List<Long> due = delivery.due();
        due.forEach(delivery::deliver);
        return due.size();
    }
}
