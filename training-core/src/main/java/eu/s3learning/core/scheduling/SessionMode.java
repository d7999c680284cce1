package eu.s3learning.core.scheduling;

/** Where a live session happens: in a room at a venue, or online through a meeting link. */
public enum SessionMode {
    IN_PERSON, ONLINE
}
