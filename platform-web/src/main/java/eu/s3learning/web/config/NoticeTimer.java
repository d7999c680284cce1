package eu.s3learning.web.config;

import eu.s3learning.core.notice.NoticeSweep;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends reminders and announcements as their time comes, every minute. The timer is not
 * persistent: what is due is worked out from the data each time, and what was sent is
 * recorded there, so nothing is lost or doubled across restarts.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeTimer {

    @Inject
    NoticeSweep sweep;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void sendDue() {
        sweep.run();
    }
}
