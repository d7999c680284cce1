package eu.s3learning.core.scheduling;

import eu.s3learning.core.identity.Person;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The mails about a trainee's place at a live session, written in their language and zone. */
@ApplicationScoped
public class SessionNotices {

    @Inject
    MailQueue mail;

    @Inject
    PlatformSettings settings;

    void send(Seat seat, MailKind kind, String reason) {
        Person person = seat.enrolment().person();
        LiveSession session = seat.session();
        String when = MailTemplates.dateTime(session.startsAt(), person.locale(), person.timeZone());
        String where = session.mode() == SessionMode.ONLINE ? MailTemplates.word(person.locale(), "session.online")
                : session.room().venue().name() + ", " + session.room().name() + ", " + session.room().venue().address();
        mail.send(person.email(), kind, person.locale(), person.fullName(), session.title(), when, where,
                settings.link("/trainee/journey.xhtml?enrolment=" + seat.enrolment().id()), reason == null ? "" : reason);
    }
}
