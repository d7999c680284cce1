package eu.s3learning.core.cohort;

/** Where a person stands with a cohort. */
public enum EnrolmentStatus {
    /** Asked to join a cohort that needs a trainer's approval. */
    PENDING,
    ENROLLED,
    /** The cohort was full; moved up in arrival order when a place frees. */
    WAITLISTED,
    REFUSED,
    WITHDRAWN;

    /** Whether the person holds or waits for a place. */
    public boolean active() {
        return this == PENDING || this == ENROLLED || this == WAITLISTED;
    }
}
