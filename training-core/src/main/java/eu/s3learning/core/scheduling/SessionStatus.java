package eu.s3learning.core.scheduling;

public enum SessionStatus {
    SCHEDULED, CANCELLED
}
