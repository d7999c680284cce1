package eu.s3learning.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends what is due. Runs after each commit that queued a mail, and on a periodic sweep
 * that picks up retries and anything queued before a restart. Each mail is sent in its own
 * transaction, so a slow mail server never holds one open across a batch.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Inject
    MailDelivery delivery;

    /**
     * Looked up when first needed rather than injected: mail queued while the application is
     * still starting (demo content) would otherwise create this bean before the server's
     * executor is bound, and leave it without one for good.
     */
    private volatile ManagedExecutorService executor;

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        ManagedExecutorService available = executor();
        if (available != null) {
            available.submit(() -> delivery.deliver(queued.mailId()));
        }
    }

    /** Sends up to one batch of due mails; returns how many were tried. */
    public int dispatchDue() {
        List<Long> due = delivery.due();
        due.forEach(delivery::deliver);
        return due.size();
    }

    private ManagedExecutorService executor() {
        if (executor == null) {
            try {
                executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            } catch (NamingException notYetBound) {
                LOG.log(Level.FINE, "No executor yet; the periodic sweep sends the mail", notYetBound);
            }
        }
        return executor;
    }
}
