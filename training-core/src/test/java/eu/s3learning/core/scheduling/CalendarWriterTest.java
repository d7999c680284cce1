package eu.s3learning.core.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarWriterTest {

    static final Instant NOW = Instant.parse("2027-03-20T08:00:00Z");
    static final CalendarEntry DAY_ONE = new CalendarEntry("b7c1@s3.example", 0, Instant.parse("2027-04-14T06:00:00Z"),
            Instant.parse("2027-04-14T14:30:00Z"), "Face-to-face day 1: the S3 concept, Bucharest",
            "ADR Bucuresti-Ilfov, Room Danube, Str. Eminescu 1", "Bring your region's SWOT; the room is step-free.", false);

    static Calendar parsed(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void an_invitation_is_a_valid_itip_request_for_the_trainee() throws Exception {
        String text = CalendarWriter.invitation(DAY_ONE, "no-reply@s3.example", "Ana Popescu", "ana@adr-vest.ro", NOW);
        Calendar calendar = parsed(text);
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        assertEquals("REQUEST", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals("b7c1@s3.example", event.getProperty("UID").orElseThrow().getValue());
        assertEquals("0", event.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("20270414T060000Z", event.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("mailto:ana@adr-vest.ro", event.getProperty("ATTENDEE").orElseThrow().getValue());
        assertTrue(text.contains("\r\n"), "lines end with CRLF as RFC 5545 asks");
    }

    @Test
    void an_update_keeps_the_uid_and_raises_the_sequence_and_a_cancellation_says_cancel() throws Exception {
        CalendarEntry moved = new CalendarEntry(DAY_ONE.uid(), 1, DAY_ONE.starts().plusSeconds(3600), DAY_ONE.ends(),
                DAY_ONE.summary(), DAY_ONE.location(), DAY_ONE.description(), false);
        Calendar update = parsed(CalendarWriter.invitation(moved, "no-reply@s3.example", "Ana", "ana@adr-vest.ro", NOW));
        assertFalse(update.validate().hasErrors(), () -> update.validate().toString());
        assertEquals("1", update.getComponent("VEVENT").orElseThrow().getProperty("SEQUENCE").orElseThrow().getValue());

        CalendarEntry cancelled = new CalendarEntry(DAY_ONE.uid(), 2, moved.starts(), moved.ends(), moved.summary(),
                moved.location(), moved.description(), true);
        Calendar cancellation = parsed(CalendarWriter.cancellation(cancelled, "no-reply@s3.example", "Ana", "ana@adr-vest.ro", NOW));
        assertFalse(cancellation.validate().hasErrors(), () -> cancellation.validate().toString());
        assertEquals("CANCEL", cancellation.getProperty("METHOD").orElseThrow().getValue());
        VEvent event = (VEvent) cancellation.getComponent("VEVENT").orElseThrow();
        assertEquals(DAY_ONE.uid(), event.getProperty("UID").orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("2", event.getProperty("SEQUENCE").orElseThrow().getValue());
    }

    @Test
    void a_feed_holds_sessions_and_deadlines() throws Exception {
        CalendarEntry deadline = new CalendarEntry("prep-close-5@s3.example", 0, Instant.parse("2027-04-10T20:59:00Z"), null,
                "Preparation phase closes", null, null, false);
        Calendar feed = parsed(CalendarWriter.feed(List.of(DAY_ONE, deadline), "no-reply@s3.example", NOW));
        assertFalse(feed.validate().hasErrors(), () -> feed.validate().toString());
        assertEquals("PUBLISH", feed.getProperty("METHOD").orElseThrow().getValue());
        assertEquals(2, feed.getComponents("VEVENT").size());
    }
}
