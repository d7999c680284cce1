package eu.s3learning.core.cohort;

/** Whether a trainee must finish the preparation phase before signing up for a live session. */
public enum PreparationGate {
    REQUIRED, RECOMMENDED
}
