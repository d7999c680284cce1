package eu.s3learning.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * Mails committed and not yet handed to the sender. One sender works through them, one mail
     * at a time: a burst of sign-ups queues a mail each, and sending them all at once on the
     * executor's threads took a third of the server's processor while the trainees still waited
     * for their answers. One sender leaves the processor to the requests; the mails follow.
     */
    private final Queue<Committed> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    /**
     * When the last mail was committed. Before each mail the sender waits until mails have
     * stopped coming for a moment ({@link #QUIET}), or until that mail has waited
     * {@link #LONGEST_WAIT}: during a burst of sign-ups the processor goes to the people waiting
     * for an answer, and a mail a second later is still a mail at once to its reader. Waiting
     * before each mail, not only before the first: bookings commit in groups a few hundred
     * milliseconds apart, and a sender that started in one pause kept the processor through the
     * next bookings. Under a steady stream of mails each still leaves at most
     * {@link #LONGEST_WAIT} after its commit.
     */
    private volatile long lastCommitted;
    private static final long QUIET = Duration.ofMillis(250).toNanos();
    private static final long LONGEST_WAIT = Duration.ofSeconds(3).toNanos();

    private record Committed(long mailId, long at) {
    }

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (executor() != null) {
            long now = System.nanoTime();
            lastCommitted = now;
            committed.add(new Committed(queued.mailId(), now));
            startSender();
        }
    }

    private void startSender() {
        if (sending.compareAndSet(false, true)) {
            try {
                executor.submit(this::sendCommitted);
            } catch (RejectedExecutionException stopping) {
                sending.set(false);
                LOG.log(Level.FINE, "The executor takes no more work; the periodic sweep sends the mail", stopping);
            }
        }
    }

    /** The one sender; stops when the queue is empty, or when interrupted (the periodic sweep sends the rest). */
    private void sendCommitted() {
        boolean interrupted = false;
        try {
            for (Committed next = committed.peek(); next != null && !interrupted; next = committed.peek()) {
                interrupted = !waitForQuiet(next.at() + LONGEST_WAIT);
                if (!interrupted) {
                    committed.poll();
                    try {
                        delivery.deliver(next.mailId());
                    } catch (RuntimeException failed) {
                        LOG.log(Level.WARNING, "Mail " + next.mailId() + " not sent; the periodic sweep tries again", failed);
                    }
                }
            }
        } finally {
            sending.set(false);
        }
        // A mail committed between the last peek and the reset would otherwise wait for the next one.
        if (!interrupted && !committed.isEmpty()) {
            startSender();
        }
    }

    /** Waits until no mail was committed for {@link #QUIET} or until {@code deadline}; false when interrupted. */
    private boolean waitForQuiet(long deadline) {
        try {
            long now = System.nanoTime();
            while (now - lastCommitted < QUIET && now - deadline < 0) {
                Thread.sleep(Math.max(1, Math.min(QUIET - (now - lastCommitted), deadline - now) / 1_000_000));
                now = System.nanoTime();
            }
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * How long a mail has been due before the periodic sweep takes it: longer than the sender holds a mail back
     * ({@link #LONGEST_WAIT}). Taking every due mail, the sweep also sent those the sender was holding back during a
     * burst of sign-ups: in one of 38 seat races measured, 130 ms of sending in the race, and the slowest answers
     * of the day. Retries and mails from before a restart wait those seconds more.
     */
    public static final Duration SWEEP_AFTER = Duration.ofSeconds(10);

    /** Sends up to one batch of the mails the sender does not have in hand; returns how many were tried. */
    public int dispatchDue() {
        List<Long> due = delivery.due(SWEEP_AFTER);
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
