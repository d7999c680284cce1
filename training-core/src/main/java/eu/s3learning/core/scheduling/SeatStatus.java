package eu.s3learning.core.scheduling;

public enum SeatStatus {
    SEATED, WAITLISTED, LEFT
}
