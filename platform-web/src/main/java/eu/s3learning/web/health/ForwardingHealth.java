package eu.s3learning.web.health;

import eu.s3learning.core.tracking.forwarding.EndpointReport;
import eu.s3learning.core.tracking.forwarding.ForwardingOverview;
import eu.s3learning.core.tracking.forwarding.ForwardingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Forwarding to external LRSs, in /health/ready and /health: always UP, with {@code degraded: true} while a
 * statement has waited longer than S3_XAPI_FORWARD_ALERT_MINUTES. A lagging external LRS is no reason to take the
 * platform out of its load balancer (DOWN would): learners and the platform's own LRS work on, and the statements
 * wait safely in the outbox. Monitoring reads the flag and the figures; the administrators are also told by mail.
 * Only counts are shown, never endpoint names or errors: /health answers anyone. The figures are read at most
 * every few seconds, however often a load balancer asks: during a long outage the outbox can be large.
 */
@Readiness
@ApplicationScoped
public class ForwardingHealth implements HealthCheck {

    /** How long an answer is given again before the figures are read anew. */
    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    ForwardingOverview overview;

    @Inject
    ForwardingSettings settings;

    @Inject
    Clock clock;

    private record Answer(Instant at, HealthCheckResponse response) {
    }

    private volatile Answer last;

    @Override
    public HealthCheckResponse call() {
        Instant now = clock.instant();
        Answer known = last;
        if (known != null && known.at().plus(FRESH).isAfter(now)) {
            return known.response();
        }
        HealthCheckResponse response = look(now);
        last = new Answer(now, response);
        return response;
    }

    private HealthCheckResponse look(Instant now) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("xapi-forwarding").up();
        List<EndpointReport> endpoints;
        try {
            endpoints = overview.endpoints();
        } catch (RuntimeException unreadable) {
            // The database check reports the database; this one only says it could not look.
            return response.withData("degraded", true).withData("error", unreadable.getClass().getSimpleName()).build();
        }
        long lagging = endpoints.stream().filter(e -> e.lagging(now, settings.alertAfter())).count();
        return response.withData("degraded", lagging > 0)
                .withData("endpoints", endpoints.size())
                .withData("lagging", lagging)
                .withData("queued", endpoints.stream().mapToLong(EndpointReport::queued).sum())
                .withData("oldestWaitingSeconds", endpoints.stream().mapToLong(e -> e.oldestAge(now).toSeconds())
                        .max().orElse(0))
                .withData("deadLetters", endpoints.stream().mapToLong(EndpointReport::deadLetters).sum())
                .withData("alertMinutes", settings.alertAfter().toMinutes())
                .build();
    }
}
