package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Tells the administrators by mail when statements wait too long for an endpoint (S3_XAPI_FORWARD_ALERT_MINUTES),
 * once per lag episode: an episode ends when the endpoint has caught up, and only a later lag is told again. The
 * episode is marked in the database in the transaction that queues the mails, so however many platforms look at
 * the same moment, one of them tells.
 */
@ApplicationScoped
public class ForwardingLagAlert {

    /** The admin page the mail links to. */
    public static final String PAGE = "/admin/lrs-forwarding.xhtml";

    @Inject
    ForwardingOverview overview;

    @Inject
    EndpointStatus status;

    @Inject
    People people;

    @Inject
    MailQueue mail;

    @Inject
    ForwardingSettings settings;

    @Inject
    PlatformSettings platform;

    @Inject
    Clock clock;

    /** @return how many endpoints' lag was told this time */
    @Transactional
    public int check() {
        Instant now = clock.instant();
        int told = 0;
        for (EndpointReport endpoint : overview.endpoints()) {
            boolean lagging = endpoint.lagging(now, settings.alertAfter());
            if (lagging && endpoint.lagAlertedAt() == null && status.startLagEpisode(endpoint.id(), now)) {
                tell(endpoint, now);
                told++;
            } else if (!lagging && endpoint.lagAlertedAt() != null) {
                status.endLagEpisode(endpoint.id());
            }
        }
        return told;
    }

    private void tell(EndpointReport endpoint, Instant now) {
        String link = platform.link(PAGE);
        for (Person admin : people.withRole(Role.ADMIN, AccountStatus.ACTIVE)) {
            mail.send(admin.email(), MailKind.FORWARDING_LAG, admin.locale(), admin.fullName(), endpoint.name(),
                    endpoint.oldestAge(now).toMinutes(), endpoint.queued(),
                    endpoint.lastError() == null ? "—" : endpoint.lastError(), link);
        }
    }
}
