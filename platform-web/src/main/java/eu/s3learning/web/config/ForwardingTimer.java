package eu.s3learning.web.config;

import eu.s3learning.core.tracking.forwarding.ForwardingLagAlert;
import eu.s3learning.core.tracking.forwarding.ForwardingSettings;
import eu.s3learning.core.tracking.forwarding.StatementForwarder;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards statements to external LRSs: every two seconds it tops the senders up to S3_XAPI_FORWARD_SENDERS
 * threads of the server's executor, each sending until nothing is due; once a minute it looks for lag to tell the
 * administrators about. The timers are not persistent: what is due is in the outbox, so a restart resumes where
 * the last run stopped.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ForwardingTimer {

    private static final Logger LOG = Logger.getLogger(ForwardingTimer.class.getName());
    /** How long a sender keeps its thread before it gives it back to the pool (it is started again at once). */
    private static final Duration TURN = Duration.ofSeconds(30);

    @Inject
    StatementForwarder forwarder;

    @Inject
    ForwardingLagAlert lag;

    @Inject
    ForwardingSettings settings;

    @Resource
    ManagedExecutorService executor;

    private final AtomicInteger senders = new AtomicInteger();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void send() {
        while (senders.get() < settings.senders()) {
            senders.incrementAndGet();
            try {
                executor.submit(() -> {
                    try {
                        forwarder.forwardDue(TURN);
                    } finally {
                        senders.decrementAndGet();
                    }
                });
            } catch (RejectedExecutionException busy) {
                senders.decrementAndGet();
                return;
            }
        }
    }

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
    void checkLag() {
        try {
            lag.check();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The forwarding lag check failed; it runs again in a minute", failed);
        }
    }
}
