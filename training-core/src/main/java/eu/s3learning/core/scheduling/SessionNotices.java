package eu.s3learning.core.scheduling;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailSettings;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The mails about a trainee's place at a live session, written in their language and zone. A
 * booked place comes with a calendar invitation; a change with the update of the same entry;
 * a cancellation with the calendar cancellation.
 */
@ApplicationScoped
public class SessionNotices {

    @Inject
    MailQueue mail;

    @Inject
    MailSettings mailSettings;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** The reminder a while before the session, with the calendar entry as it stands. */
    public void remind(Seat seat) {
        send(seat, MailKind.SESSION_REMINDER, null);
    }

    void send(Seat seat, MailKind kind, String reason) {
        Person person = seat.enrolment().person();
        LiveSession session = seat.session();
        String when = MailTemplates.dateTime(session.startsAt(), person.locale(), person.timeZone());
        String where = where(session, person.locale());
        String journey = settings.link("/trainee/journey.xhtml?enrolment=" + seat.enrolment().id());
        Object[] arguments = {person.fullName(), session.title(), when, where, journey, reason == null ? "" : reason};
        String calendar = switch (kind) {
            case SESSION_SEATED, SESSION_PROMOTED, SESSION_CHANGED, SESSION_REMINDER -> CalendarWriter.invitation(entry(session, where, journey),
                    mailSettings.fromAddress(), person.fullName(), person.email().value(), clock.instant());
            case SESSION_CANCELLED -> CalendarWriter.cancellation(entry(session, where, journey),
                    mailSettings.fromAddress(), person.fullName(), person.email().value(), clock.instant());
            default -> null;
        };
        if (calendar == null) {
            mail.send(person.email(), kind, person.locale(), arguments);
        } else {
            mail.sendWithCalendar(person.email(), kind, person.locale(), calendar, arguments);
        }
    }

    /**
     * Writes one seat's mail in every language and its calendar invitation, and throws them away.
     * What they need loads on first use: the locales' date formats and the calendar library took
     * 80 ms and more of the first seat given after a start (and 200 ms outside the server), while
     * trainees racing for places waited behind it. Called once at start-up instead.
     */
    public static void loadWhatAMailNeeds(ZoneId zone, Instant now) {
        for (Language language : Language.values()) {
            Locale locale = language.locale();
            String when = MailTemplates.dateTime(now, locale, zone);
            MailTemplates.render(MailKind.SESSION_SEATED, locale, "", "", when, MailTemplates.word(locale, "session.online"), "", "");
        }
        CalendarWriter.invitation(new CalendarEntry("start-up", 0, now, now.plusSeconds(3600), "", "", "", false),
                "platform@example.org", "", "trainee@example.org", now);
    }

    /** The session as a calendar entry, its place said in the reader's language. */
    public static CalendarEntry entry(LiveSession session, String where, String link) {
        return new CalendarEntry(session.calendarUid(), session.calendarSequence(), session.startsAt(), session.endsAt(),
                session.title() + " (" + session.cohort().name() + ")", where, link,
                session.status() == SessionStatus.CANCELLED);
    }

    public static String where(LiveSession session, Locale locale) {
        return session.mode() == SessionMode.ONLINE ? MailTemplates.word(locale, "session.online")
                : session.room().venue().name() + ", " + session.room().name() + ", " + session.room().venue().address();
    }
}
