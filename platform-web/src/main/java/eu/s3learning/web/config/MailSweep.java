package eu.s3learning.web.config;

import eu.s3learning.core.mail.MailDispatcher;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Sends queued mail that was not sent at once: retries, and anything queued before a restart. */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSweep {

    @Inject
    MailDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void sweep() {
        dispatcher.dispatchDue();
    }
}
