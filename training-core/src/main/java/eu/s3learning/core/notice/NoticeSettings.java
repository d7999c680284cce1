package eu.s3learning.core.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When reminders go out ({@code S3_REMINDER_SESSION_HOURS}, {@code S3_REMINDER_DEADLINE_DAYS}). */
@ApplicationScoped
public class NoticeSettings {

    @Inject
    @ConfigProperty(name = "s3.reminder.session-hours", defaultValue = "24")
    int sessionHours;

    @Inject
    @ConfigProperty(name = "s3.reminder.deadline-days", defaultValue = "3")
    int deadlineDays;

    /** How long before a session its booked trainees are reminded. */
    public Duration sessionLead() {
        return Duration.ofHours(Math.max(1, sessionHours));
    }

    /** How long before a phase closes the trainees who have not completed it are reminded. */
    public Duration deadlineLead() {
        return Duration.ofDays(Math.max(1, deadlineDays));
    }

    /** A notice whose time passed longer ago than this is not sent any more (the platform was down, or the cohort is old). */
    public Duration staleAfter() {
        return Duration.ofDays(2);
    }
}
