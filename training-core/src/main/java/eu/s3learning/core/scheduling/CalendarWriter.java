package eu.s3learning.core.scheduling;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar (RFC 5545) with ical4j: invitations and cancellations in the iTIP form that
 * mail clients act on (RFC 5546), and personal feeds. Times are written in UTC, which every
 * client converts to its own zone, so no time zone definitions need to travel along.
 */
public final class CalendarWriter {

    static final String PRODID = "-//S3 Learning Platform//Live sessions//EN";

    private CalendarWriter() {
    }

    /** An invitation (or the update of one) for one attendee: METHOD:REQUEST. */
    public static String invitation(CalendarEntry entry, String organizerEmail, String attendeeName, String attendeeEmail,
            Instant now) {
        return itip(Method.VALUE_REQUEST, entry, organizerEmail, attendeeName, attendeeEmail, now);
    }

    /** The cancellation of an entry sent before: METHOD:CANCEL, same UID, next sequence. */
    public static String cancellation(CalendarEntry entry, String organizerEmail, String attendeeName, String attendeeEmail,
            Instant now) {
        return itip(Method.VALUE_CANCEL, entry, organizerEmail, attendeeName, attendeeEmail, now);
    }

    /** A calendar to subscribe to: METHOD:PUBLISH, no attendees; iTIP wants an organiser on each entry. */
    public static String feed(List<CalendarEntry> entries, String organizerEmail, Instant now) {
        Calendar calendar = calendar(Method.VALUE_PUBLISH);
        for (CalendarEntry entry : entries) {
            VEvent event = event(entry, now);
            event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String itip(String method, CalendarEntry entry, String organizerEmail, String attendeeName,
            String attendeeEmail, Instant now) {
        VEvent event = event(entry, now);
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        Attendee attendee = new Attendee(URI.create("mailto:" + attendeeEmail));
        attendee.add(new Cn(attendeeName));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.ACCEPTED);
        attendee.add(new Rsvp(false));
        event.add(attendee);
        Calendar calendar = calendar(method);
        calendar.add(event);
        return calendar.toString();
    }

    private static Calendar calendar(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        return calendar;
    }

    private static VEvent event(CalendarEntry entry, Instant now) {
        VEvent event = entry.ends() == null ? new VEvent(entry.starts(), entry.summary())
                : new VEvent(entry.starts(), entry.ends(), entry.summary());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.replace(new DtStamp(now));
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        return event;
    }
}
