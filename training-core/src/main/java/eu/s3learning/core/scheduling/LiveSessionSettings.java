package eu.s3learning.core.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of live sessions ({@code S3_SESSION_LINK_LEAD_MINUTES}). */
@ApplicationScoped
public class LiveSessionSettings {

    @Inject
    @ConfigProperty(name = "s3.session.link-lead-minutes", defaultValue = "30")
    int linkLeadMinutes;

    /** How long before an online session starts its meeting link is shown to the trainees booked on it. */
    public Duration linkLead() {
        return Duration.ofMinutes(Math.max(0, linkLeadMinutes));
    }
}
