package eu.s3learning.core.scheduling;

import java.time.Instant;

/**
 * One entry in a calendar: a live session, or a phase deadline (which has no end). The UID
 * stays the same for the life of the entry and the sequence grows with every change, so
 * calendar clients update the entry they have instead of adding another.
 */
public record CalendarEntry(String uid, int sequence, Instant starts, Instant ends, String summary, String location,
        String description, boolean cancelled) {
}
