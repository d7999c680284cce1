package eu.s3learning.core.progress;

public enum PhaseStatus {
    LOCKED, OPEN, COMPLETE
}
